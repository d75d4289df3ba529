package extract

import (
	"strings"
)

// maxIssueGap is how many runes may stand between a document number and
// the date that gives its issuing day: ", " or " " before "ngày 18.7.2022".
const maxIssueGap = 3

// readDocument turns a document match into a fact: the number (or a law's
// name) in Value and the type in Unit. ok is false for a number whose
// letters name no document type ("15/GP-BTTTT", a licence).
func (rs *Ruleset) readDocument(m *match) (Fact, bool) {
	f := Fact{Kind: Document, Rule: m.rule.ID, Unit: m.group("type")}
	switch {
	case m.group("name") != "":
		f.Value = f.Unit + " " + m.group("name")
	case m.group("code") != "":
		f.Value = m.group("code")
		if f.Unit == "" {
			f.Unit = rs.documentType(m.group("letters"))
		}
	}
	if f.Value == "" || f.Unit == "" {
		return Fact{}, false
	}
	return f, true
}

// documentType returns the type that a document number's letters stand
// for ("NQ" → "Nghị quyết"), from document_codes.txt, or "".
func (rs *Ruleset) documentType(letters string) string {
	for _, e := range rs.Lexicon("document_codes").Entries() {
		if code, typ, ok := strings.Cut(e, " "); ok && code == letters {
			return typ
		}
	}
	return ""
}
