package maturity

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Translation holds a framework's texts in one language, each at its
// place: the framework's title, description and level names, the sources'
// titles by source ID, the dimensions' texts by dimension ID and the
// criteria's texts by criterion ID. A translation file is its JSON form
// (see maturity/frameworks/default.fr.json): translators work on one file
// per language, and the framework's structure stays in one file.
//
// A text left out or empty is not translated: the framework keeps what it
// had in that language, if anything.
type Translation struct {
	// Language is the language tag of the texts, such as "fr" or "pt".
	Language string `json:"language"`
	// Framework is the ID of the framework translated; when set, Translate
	// refuses a framework with another ID.
	Framework string `json:"framework,omitzero"`
	// Title is the framework's title.
	Title string `json:"title,omitzero"`
	// Description is the framework's description.
	Description string `json:"description,omitzero"`
	// Levels are the names of the five levels.
	Levels LevelTexts `json:"levels,omitzero"`
	// Sources are the sources' titles, by source ID.
	Sources map[string]string `json:"sources,omitzero"`
	// Dimensions are the dimensions' texts, by dimension ID.
	Dimensions map[string]DimensionTexts `json:"dimensions,omitzero"`
	// Criteria are the criteria's texts, by criterion ID.
	Criteria map[string]CriterionTexts `json:"criteria,omitzero"`
}

// LevelTexts holds one text per level, in one language.
type LevelTexts struct {
	// Absent is the text of level 0.
	Absent string `json:"absent,omitzero"`
	// Nascent is the text of level 1.
	Nascent string `json:"nascent,omitzero"`
	// Emerging is the text of level 2.
	Emerging string `json:"emerging,omitzero"`
	// Established is the text of level 3.
	Established string `json:"established,omitzero"`
	// Advanced is the text of level 4.
	Advanced string `json:"advanced,omitzero"`
}

// DimensionTexts holds a dimension's texts in one language.
type DimensionTexts struct {
	// Title names the dimension.
	Title string `json:"title,omitzero"`
	// Description says what the dimension covers.
	Description string `json:"description,omitzero"`
}

// CriterionTexts holds a criterion's texts in one language.
type CriterionTexts struct {
	// Title names the criterion.
	Title string `json:"title,omitzero"`
	// Statement says what a mechanism that meets the criterion does or has.
	Statement string `json:"statement,omitzero"`
	// Levels describes each level for the criterion.
	Levels LevelTexts `json:"levels,omitzero"`
	// Guidance says which evidence supports an answer.
	Guidance string `json:"guidance,omitzero"`
}

// Problem codes of translations.
const (
	CodeTranslationFramework = "translation.framework"  // a translation of another framework
	CodeTranslationKey       = "translation.unknownKey" // a source, dimension or criterion the framework lacks
	CodeTranslationLanguage  = "translation.language"   // a missing or invalid language tag
	CodeTranslationSyntax    = "translation.syntax"     // a translation file that is not valid JSON of the expected shape
)

// LoadTranslation reads a translation file: a JSON object with the fields
// of Translation and no others. The error is a schema.Problems when the
// document is not valid JSON of that shape or its language tag is missing
// or invalid.
func LoadTranslation(data []byte) (*Translation, error) {
	var tr Translation
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&tr); err != nil {
		return nil, schema.Problems{translationSyntax(err)}
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, schema.Problems{problem("", CodeTranslationSyntax, "trailing", nil)}
	}
	if !tracking.ValidLanguageTag(tr.Language) {
		var ps schema.Problems
		add(&ps, "/language", CodeTranslationLanguage, "", schema.Args{"value": tr.Language})
		return nil, ps
	}
	return &tr, nil
}

func translationSyntax(err error) schema.Problem {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return problem("/"+strings.ReplaceAll(te.Field, ".", "/"), CodeTranslationSyntax, "type", schema.Args{"got": te.Value})
	}
	return problem("", CodeTranslationSyntax, "", schema.Args{"reason": strings.TrimPrefix(err.Error(), "json: ")})
}

// Translate adds the translation's texts to the framework, in the
// translation's language, replacing any text the framework had in that
// language. It first checks that every place the translation names exists
// in the framework (and, when the translation names a framework, that it
// is this one); when one does not, it changes nothing and returns the
// problems, with pointers into the translation file.
func (fw *Framework) Translate(tr *Translation) schema.Problems {
	var ps schema.Problems
	if tr == nil {
		add(&ps, "", CodeMissing, "translation", nil)
		return ps
	}
	if !tracking.ValidLanguageTag(tr.Language) {
		add(&ps, "/language", CodeTranslationLanguage, "", schema.Args{"value": tr.Language})
	}
	if tr.Framework != "" && tr.Framework != fw.ID {
		add(&ps, "/framework", CodeTranslationFramework, "", schema.Args{"value": tr.Framework, "want": fw.ID})
	}
	for _, id := range sortedKeys(tr.Sources) {
		if fw.Source(id) == nil {
			add(&ps, schema.Pointer("sources", id), CodeTranslationKey, "source", schema.Args{"value": id})
		}
	}
	for _, id := range sortedKeys(tr.Dimensions) {
		if fw.dimension(id) == nil {
			add(&ps, schema.Pointer("dimensions", id), CodeTranslationKey, "dimension", schema.Args{"value": id})
		}
	}
	for _, id := range sortedKeys(tr.Criteria) {
		if c, _ := fw.Criterion(id); c == nil {
			add(&ps, schema.Pointer("criteria", id), CodeTranslationKey, "criterion", schema.Args{"value": id})
		}
	}
	if len(ps) > 0 {
		return ps.Normalize()
	}
	lang := tr.Language
	set(&fw.Title, lang, tr.Title)
	set(&fw.Description, lang, tr.Description)
	tr.Levels.applyTo(&fw.Levels, lang)
	for id, s := range tr.Sources {
		set(&fw.Source(id).Title, lang, s)
	}
	for id, t := range tr.Dimensions {
		d := fw.dimension(id)
		set(&d.Title, lang, t.Title)
		set(&d.Description, lang, t.Description)
	}
	for id, t := range tr.Criteria {
		c, _ := fw.Criterion(id)
		set(&c.Title, lang, t.Title)
		set(&c.Statement, lang, t.Statement)
		set(&c.Guidance, lang, t.Guidance)
		t.Levels.applyTo(&c.Levels, lang)
	}
	return nil
}

// Translation returns the framework's texts in the language lang, exactly
// (no fallback): a file to give translators, or to publish. Texts the
// framework lacks in lang are left empty, and so out of the JSON form.
func (fw *Framework) Translation(lang string) *Translation {
	if fw == nil {
		return &Translation{Language: lang}
	}
	tr := &Translation{Language: lang, Framework: fw.ID, Title: fw.Title[lang], Description: fw.Description[lang], Levels: levelTexts(&fw.Levels, lang)}
	for _, s := range fw.Sources {
		if t := s.Title[lang]; t != "" {
			if tr.Sources == nil {
				tr.Sources = map[string]string{}
			}
			tr.Sources[s.ID] = t
		}
	}
	for _, d := range fw.Dimensions {
		if dt := (DimensionTexts{d.Title[lang], d.Description[lang]}); dt != (DimensionTexts{}) {
			if tr.Dimensions == nil {
				tr.Dimensions = map[string]DimensionTexts{}
			}
			tr.Dimensions[d.ID] = dt
		}
		for _, c := range d.Criteria {
			ct := CriterionTexts{c.Title[lang], c.Statement[lang], levelTexts(&c.Levels, lang), c.Guidance[lang]}
			if ct != (CriterionTexts{}) {
				if tr.Criteria == nil {
					tr.Criteria = map[string]CriterionTexts{}
				}
				tr.Criteria[c.ID] = ct
			}
		}
	}
	return tr
}

// Untranslated returns the JSON pointers, into the framework document, of
// the texts that the framework has in some language but not in lang: empty
// when the framework is complete in lang.
func (fw *Framework) Untranslated(lang string) []string {
	if fw == nil {
		return nil
	}
	var out []string
	fw.eachText(func(ptr string, t tracking.Text) {
		if len(t) > 0 && t[lang] == "" {
			out = append(out, ptr)
		}
	})
	return out
}

// eachText calls f with every text of the framework and its JSON pointer,
// in document order.
func (fw *Framework) eachText(f func(ptr string, t tracking.Text)) {
	levels := func(ptr string, d *Descriptors) {
		for _, l := range levelValues {
			f(ptr+"/"+string(l), d.Get(l))
		}
	}
	f("/title", fw.Title)
	f("/description", fw.Description)
	levels("/levels", &fw.Levels)
	for i, s := range fw.Sources {
		f(schema.Pointer("sources", i, "title"), s.Title)
	}
	for i := range fw.Dimensions {
		d := &fw.Dimensions[i]
		f(schema.Pointer("dimensions", i, "title"), d.Title)
		f(schema.Pointer("dimensions", i, "description"), d.Description)
		for j := range d.Criteria {
			c := &d.Criteria[j]
			p := schema.Pointer("dimensions", i, "criteria", j)
			f(p+"/title", c.Title)
			f(p+"/statement", c.Statement)
			levels(p+"/levels", &c.Levels)
			f(p+"/guidance", c.Guidance)
		}
	}
}

func (fw *Framework) dimension(id string) *Dimension {
	for i := range fw.Dimensions {
		if fw.Dimensions[i].ID == id {
			return &fw.Dimensions[i]
		}
	}
	return nil
}

func levelTexts(d *Descriptors, lang string) LevelTexts {
	return LevelTexts{d.Absent[lang], d.Nascent[lang], d.Emerging[lang], d.Established[lang], d.Advanced[lang]}
}

func (lt LevelTexts) applyTo(d *Descriptors, lang string) {
	set(&d.Absent, lang, lt.Absent)
	set(&d.Nascent, lang, lt.Nascent)
	set(&d.Emerging, lang, lt.Emerging)
	set(&d.Established, lang, lt.Established)
	set(&d.Advanced, lang, lt.Advanced)
}

// set puts s as the text of t in lang, unless s is empty.
func set(t *tracking.Text, lang, s string) {
	if s == "" {
		return
	}
	if *t == nil {
		*t = tracking.Text{}
	}
	(*t)[lang] = s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// defaultTranslations are the translation files of the default framework,
// one per language: frameworks/default.<lang>.json.
//
//go:embed frameworks/default.*.json
var defaultTranslations embed.FS

// translateDefault adds the embedded translations to the default framework.
func translateDefault(fw *Framework) error {
	names, err := defaultTranslations.ReadDir("frameworks")
	if err != nil {
		return err
	}
	for _, e := range names {
		data, err := defaultTranslations.ReadFile(path.Join("frameworks", e.Name()))
		if err != nil {
			return err
		}
		tr, err := LoadTranslation(data)
		if err != nil {
			return errors.New(e.Name() + ": " + err.Error())
		}
		if want := strings.TrimSuffix(strings.TrimPrefix(e.Name(), "default."), ".json"); tr.Language != want {
			return errors.New(e.Name() + ": the file is named for " + want + " but holds " + tr.Language)
		}
		if ps := fw.Translate(tr); len(ps) > 0 {
			return errors.New(e.Name() + ": " + ps.Error())
		}
	}
	return nil
}
