package tracking

import (
	"cmp"
	"slices"
	"time"
)

// DefaultDueWindow is how far ahead a deadline counts as due: 30 days, as
// IMPACT OSS counts it.
const DefaultDueWindow = 30 * 24 * time.Hour

// DueItem is a progress report or a reporting obligation that is due or
// overdue.
type DueItem struct {
	// Kind is RecordKindProgressReport or RecordKindObligation.
	Kind RecordKind `json:"kind"`
	// ID identifies the record.
	ID ID `json:"id"`
	// Ref is the record's human reference.
	Ref string `json:"ref,omitzero"`
	// Due is the record's due date as given.
	Due PartialDate `json:"due"`
	// Deadline is the last day the due date covers ("2025-06" → 30 June).
	Deadline time.Time `json:"deadline"`
	// DaysLeft is the number of days from the date asked to the deadline:
	// 0 on the deadline itself, negative once it has passed.
	DaysLeft int `json:"daysLeft"`
	// State is DueStateOverdue or DueStateDue.
	State DueState `json:"state"`
	// EntityID is the entity that owes the report, if known.
	EntityID ID `json:"entityId,omitzero"`
}

// Due lists the progress reports and reporting obligations still owed at
// the date at: those whose deadline has passed (overdue) and those whose
// deadline falls within window after at (due). A report counts as owed at
// at unless it was submitted by then, so that a past date gives the list
// as it stood that day. A progress report on a recommendation that is not
// active (closed or superseded), or on an action that implements only such
// recommendations, is no longer owed; reporting obligations to the
// mechanisms always are. A deadline is the last day of the due date ("2025"
// → 31 December 2025), and a report is overdue from the day after. The
// list comes sorted by deadline, then kind, then reference and ID. A window
// of zero or less means DefaultDueWindow; a nil ds owes nothing.
func Due(ds *Dataset, at time.Time, window time.Duration) []DueItem {
	if ds == nil {
		return nil
	}
	if window <= 0 {
		window = DefaultDueWindow
	}
	today := DateOf(at).First()
	horizon := DateOf(today.Add(window)).First()
	var items []DueItem
	consider := func(kind RecordKind, id ID, ref string, due, submitted PartialDate, entity ID) {
		if !submitted.IsZero() && !submitted.First().After(today) || due.IsZero() {
			return
		}
		deadline := due.Last()
		item := DueItem{Kind: kind, ID: id, Ref: ref, Due: due, Deadline: deadline, EntityID: entity,
			DaysLeft: daysBetween(today, deadline)}
		switch {
		case deadline.Before(today):
			item.State = DueStateOverdue
		case !deadline.After(horizon):
			item.State = DueStateDue
		default:
			return
		}
		items = append(items, item)
	}
	closed := map[ID]bool{} // recommendations that are not active
	for i := range ds.Recommendations {
		if r := &ds.Recommendations[i]; !r.Active() {
			closed[r.ID] = true
		}
	}
	onlyClosed := map[ID]bool{} // actions that implement only such recommendations
	for _, a := range ds.Actions {
		if len(a.RecommendationIDs) > 0 && len(a.ClusterIDs) == 0 && !slices.ContainsFunc(a.RecommendationIDs, func(id ID) bool { return !closed[id] }) {
			onlyClosed[a.ID] = true
		}
	}
	for _, r := range ds.ProgressReports {
		if closed[r.RecommendationID] || onlyClosed[r.ActionID] {
			continue
		}
		consider(RecordKindProgressReport, r.ID, r.Ref, r.Due, r.Submitted, r.EntityID)
	}
	for _, o := range ds.Obligations {
		consider(RecordKindObligation, o.ID, o.Ref, o.Due, o.Submitted, o.LeadEntityID)
	}
	slices.SortFunc(items, func(a, b DueItem) int {
		return cmp.Or(a.Deadline.Compare(b.Deadline), cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.Ref, b.Ref), a.ID.Compare(b.ID))
	})
	return items
}

// daysBetween counts whole days from a to b, both at midnight UTC.
func daysBetween(a, b time.Time) int {
	return int(b.Sub(a).Round(time.Hour).Hours() / 24)
}

// OnTime reports whether a report submitted at submitted met the deadline
// due. Partial dates get the benefit of the doubt: a report submitted in
// "2025-06" meets a deadline of "2025-06-15", since it may have come on
// the first of June.
func OnTime(due, submitted PartialDate) bool {
	if due.IsZero() || submitted.IsZero() {
		return false
	}
	return !submitted.First().After(due.Last())
}
