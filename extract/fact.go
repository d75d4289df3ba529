package extract

// Kind names what a Fact is. Its string form is the value of the CSV
// column "kind".
type Kind string

// The kinds of fact, in the order the CSV writer documents them.
const (
	Headline  Kind = "headline"  // the article's headline
	Published Kind = "published" // when the article was published
	Source    Kind = "source"    // the outlet credited ("Theo Báo Hải Dương")
	Author    Kind = "author"    // the byline
	Date      Kind = "date"      // a date, month, year, period or time mentioned in the text
	Person    Kind = "person"    // a named person
	Title     Kind = "title"     // a job title (chức danh) held by a named person
	Indicator Kind = "indicator" // a count, percentage, ratio, range or amount with what it counts
	Document  Kind = "document"  // a reference to an official document (Nghị quyết số 18-NQ/TW)

	// LeadMark is not a fact: its rules find the outlet's mark that opens
	// an article's lead ("(Dân trí) -", "TPO -"), which tells a listing of
	// teasers from an article.
	LeadMark Kind = "lead-mark"
)

// A Fact is one row of the facts table. The field meanings follow the CSV
// contract in the README: Value is normalised (ISO 8601 dates, numbers with
// '.' as decimal mark), Text is the matched text as it stands in Sentence
// (after normalisation), and Offset is the byte offset of Text in Sentence,
// or -1 when the fact does not come from a sentence (meta tags, for example).
type Fact struct {
	Kind     Kind
	Value    string
	Unit     string // indicator: '%' or the counted noun; document: its type
	Person   string // title: who holds it
	Detail   string // person: titles; indicator: what is counted and the qualifier; date: granularity
	Text     string
	Sentence string
	Offset   int
	Rule     string // id of the rule that produced the fact, "" for page metadata

	// Where Sentence stands: paragraph para (-1 the headline) at byte
	// sentAt. Set by the rule stage; used to write the page's own tone
	// placement back (Options.Tone).
	para, sentAt int
	placed       bool
}

// Header returns the header of the facts CSV, in order. Later versions may
// append columns; they never rename or reorder these.
func Header() []string {
	return []string{"doc", "kind", "value", "unit", "person", "detail", "text", "sentence"}
}

// Record returns the fact as a CSV record under Header, with doc first.
func (f Fact) Record(doc string) []string {
	return []string{doc, string(f.Kind), f.Value, f.Unit, f.Person, f.Detail, f.Text, f.Sentence}
}
