package maturity

// LevelTitle returns the framework's title of the level l in the language
// lang ("Established", "راسخ"), in English where the framework has no
// title in that language, and "" for a value that is not a level. It is
// the one place questionnaires and other forms take the level titles from,
// so that they follow the framework's translations.
func (fw *Framework) LevelTitle(l Level, lang string) string {
	if fw == nil {
		return ""
	}
	return fw.Levels.Get(l).Get(lang)
}

// FactTitle returns the title of the fact in the language: the title of
// its code in the codelist "maturity-fact" in that language, as the
// standard publishes it in the six UN languages (schema.CodeTitle), else
// its English title.
func FactTitle(f Fact, lang string) string { return factTitle(f, lang) }
