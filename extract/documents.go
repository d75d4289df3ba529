package extract

import (
	"strings"
)

// maxIssueGap is how many runes may stand between a document number and
// the date that gives its issuing day: ", ngày " before "18.7.2022", "
// ban hành ngày ".
const maxIssueGap = 16

// readDocument turns a document match into a fact: the number (or a law's
// name) in Value and the type in Unit. ok is false for a number whose
// letters name no document type ("15/GP-BTTTT", a licence).
func (rs *Ruleset) readDocument(m *match) (Fact, bool) {
	f := Fact{Kind: Document, Rule: m.rule.ID, Unit: m.group("type")}
	switch {
	case m.group("name") != "":
		f.Value = f.Unit + " " + m.group("name")
		if strings.HasPrefix(strings.ToLower(f.Unit), "bộ") {
			f.Unit = "Bộ luật"
		}
	case m.group("code") != "":
		f.Value = m.group("code")
		if y := m.group("year"); y != "" {
			f.Value += "/" + y
		}
		if f.Unit == "" {
			f.Unit = rs.documentType(m.group("letters"))
		}
	}
	if f.Unit == "" {
		f.Unit = m.rule.Unit
	}
	if f.Value == "" || f.Unit == "" {
		return Fact{}, false
	}
	return f, true
}

// sameDocument reports whether a short reference ("Đề án 01", "Nghị quyết
// 18") names the document of a full number ("01-ĐA/TU", "18-NQ/TW") of the
// same type.
func sameDocument(short, full Fact) bool {
	if short.Unit != full.Unit || short.Value == full.Value {
		return false
	}
	n := strings.TrimLeft(short.Value, "0")
	code := strings.TrimLeft(full.Value, "0")
	return n != "" && strings.HasPrefix(code, n) && len(code) > len(n) && strings.ContainsRune("-/", rune(code[len(n)]))
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
