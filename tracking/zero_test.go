package tracking

import (
	"reflect"
	"testing"
	"time"

	"github.com/nmirf/nmirf/internal/zerotest"
)

// TestZeroValuesDoNotPanic calls every exported function of the package
// with zero arguments, and every exported method on the zero value of its
// type (and, for methods with a pointer receiver, on a nil pointer), and
// checks that none panics; first it checks, from the source, that the
// lists below name every exported function and type (see
// internal/zerotest).
func TestZeroValuesDoNotPanic(t *testing.T) {
	types := map[string]reflect.Type{"IDGenerator": reflect.TypeFor[IDGenerator]()}
	for typ := range enumValidators {
		types[typ.Name()] = typ
	}
	zerotest.Check(t, zerotest.API{
		Dir: ".",
		Funcs: map[string]any{
			"Decode": Decode, "DecodeWithLimits": DecodeWithLimits, "Check": Check, "ReadDataset": ReadDataset,
			"Encode": Encode, "WriteDataset": WriteDataset, "EncodeVersion": EncodeVersion,
			"Year": Year, "YearMonth": YearMonth, "Date": Date, "DateOf": DateOf, "ParseDate": ParseDate,
			"Due": Due, "OnTime": OnTime, "ParseID": ParseID, "NewV7Generator": NewV7Generator,
			"SystemIDGenerator": SystemIDGenerator, "NewIndex": NewIndex, "NewDataset": NewDataset, "Messages": Messages,
			"CurrentStatus": CurrentStatus, "ByTerm": ByTerm, "GroupBy": GroupBy, "RollUp": RollUp, "Total": Total,
			"En": En, "ValidLanguageTag": ValidLanguageTag, "RightToLeft": RightToLeft,
			"Validate": Validate, "UPRCycle": UPRCycle, "Blank": Blank, "ValidateRecord": ValidateRecord,
		},
		PanicsByDesign: []string{"MustParseID", "MustParseDate"},
		Values: []any{
			PartialDate{}, DueItem{}, ID{}, V7Generator{}, Index{}, Dataset{}, Publisher{}, Mechanism{}, LegalBasis{},
			Chair{}, Member{}, Secretariat{}, Budget{}, FocalPoint{}, ConsultationArrangement{}, TrackingTool{},
			NetworkMembership{}, Entity{}, Recommendation{}, Source{}, StatePosition{}, Term{}, SDGLink{}, SDGGoalLink{},
			FollowUp{}, Assignment{}, Relation{}, Identifier{}, Cluster{}, Action{}, SMART{}, Indicator{}, Measurement{},
			Observation{}, ProgressReport{}, Assessment{}, Obligation{}, Consultation{}, Tally{}, Group{}, Grouping{},
			IndicatorProgress{}, Text{}, Precision(""), Document{}, Category{},
		},
		Types: types,
	})
	// The groupings of the package on an empty index, a zero index and nil.
	for _, by := range []Grouping{ByCycle, ByPosition, ByFamily, ByBody, BySDGGoal, ByCluster, ByResponsibleEntity, ByTerm(""), {}} {
		for _, ix := range []*Index{nil, {}, NewIndex(nil), NewIndex(&Dataset{Recommendations: []Recommendation{{}}})} {
			zerotest.Call(t, "RollUp "+by.Name, RollUp, ix, time.Time{}, by)
		}
	}
}
