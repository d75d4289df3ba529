package extract

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dlclark/regexp2"
	"github.com/vnextract/vnextract/normalize"
)

// builtinRules holds the rule and lexicon files compiled into the binary.
// The format is documented in rules/README.md.
//
//go:embed rules/*.rules rules/*.txt
var builtinRules embed.FS

// BuiltinRules returns the rule and lexicon files compiled into the
// binary, rooted so that "dates.rules" names a file. Users copy them to
// start a rules directory of their own.
func BuiltinRules() fs.FS {
	sub, err := fs.Sub(builtinRules, "rules")
	if err != nil { // cannot happen: the directory is embedded
		panic(err)
	}
	return sub
}

// DefaultMatchTimeout bounds one regexp2 match. regexp2 backtracks and
// has no timeout of its own. Its clock is wall time read by a goroutine
// that ticks every 100ms, so on a loaded machine a bound of a few hundred
// milliseconds fires on ordinary sentences (seen at load 8 with 200ms);
// two seconds never fired in the tests, where the rules read windows of
// about a hundred characters, and still ends a pathological match.
const DefaultMatchTimeout = 2 * time.Second

// A Rule is one pattern of a rule file: an id, the kind of fact it finds,
// a regexp2 pattern with named groups, and examples that document and test
// it.
type Rule struct {
	ID       string
	Kind     Kind
	Priority int    // higher wins when matches of one kind overlap
	Note     string // what the rule is for, or where its form comes from
	Unit     string // the unit of the rule's facts when the text names none
	// Needs lists what a sentence must contain for the rule to be tried,
	// one group per "needs" line: every group must be met, by any one of
	// its items, "digit" for a decimal digit or a lower-case literal. It
	// only saves time: a rule must never match a sentence without it. A
	// rule that needs a digit is run only around the sentence's digits.
	Needs    [][]string
	Pattern  string // as written, before macro expansion
	Examples []Example
	Pos      Position // where the rule starts

	re     *regexp2.Regexp
	groups []string // named groups of re
}

// An Example is a text a rule must match, with the value it must give, or
// (Match false) a text the rule must not turn into a fact.
type Example struct {
	Text  string
	Value string // expected value; "" means any value
	Match bool
	Pos   Position
}

// A Position is a place in a rule or lexicon file.
type Position struct {
	File string
	Line int
}

// String returns "file:line".
func (p Position) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// A RuleError reports a rule or lexicon file that cannot be used.
type RuleError struct {
	Pos  Position
	Rule string // the rule id, if the error is inside a rule
	Err  error
}

// Error returns "file:line: rule \"id\": what is wrong".
func (e *RuleError) Error() string {
	if e.Rule != "" {
		return fmt.Sprintf("%s: rule %q: %v", e.Pos, e.Rule, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Pos, e.Err)
}

// Unwrap returns the underlying error.
func (e *RuleError) Unwrap() error { return e.Err }

// A Ruleset is the compiled rules and lexicons. It is immutable once
// built and safe for concurrent use.
type Ruleset struct {
	rules    map[Kind][]*Rule // sorted by priority, highest first
	lexicons map[string]*Lexicon
	timeout  time.Duration
	// scratch holds *sentence values for the short lines read one at a
	// time (date lines, credit lines), so that the goroutines sharing the
	// ruleset do not each allocate one per line.
	scratch sync.Pool
}

// Rules returns the compiled rules of kind k, highest priority first.
func (rs *Ruleset) Rules(k Kind) []*Rule { return rs.rules[k] }

// Lexicon returns the named lexicon ("surnames" for surnames.txt), or an
// empty one.
func (rs *Ruleset) Lexicon(name string) *Lexicon {
	if l, ok := rs.lexicons[name]; ok {
		return l
	}
	return &Lexicon{set: map[string]bool{}}
}

// LoadRules reads every *.rules and *.txt file of each fsys in turn and
// compiles them. A later file system adds to the earlier ones: a rule with
// an id already seen replaces it, and a lexicon of a name already seen
// gains its entries (a line "-entry" removes one). timeout bounds each
// regexp match; zero means DefaultMatchTimeout.
func LoadRules(timeout time.Duration, fsys ...fs.FS) (*Ruleset, error) {
	if timeout <= 0 {
		timeout = DefaultMatchTimeout
	}
	rs := &Ruleset{rules: map[Kind][]*Rule{}, lexicons: map[string]*Lexicon{}, timeout: timeout}
	byID := map[string]*Rule{}
	var order []string
	defines := map[string]string{}
	type ruleFile struct {
		name string
		data []byte
	}
	var ruleFiles []ruleFile
	for _, f := range fsys {
		names, err := fs.Glob(f, "*.txt")
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			data, err := fs.ReadFile(f, name)
			if err != nil {
				return nil, fmt.Errorf("read lexicon: %w", err)
			}
			key := strings.TrimSuffix(name, ".txt")
			l := rs.lexicons[key]
			if l == nil {
				l = &Lexicon{Name: key, set: map[string]bool{}}
				rs.lexicons[key] = l
			}
			if err := l.add(name, data); err != nil {
				return nil, err
			}
		}
		names, err = fs.Glob(f, "*.rules")
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			data, err := fs.ReadFile(f, name)
			if err != nil {
				return nil, fmt.Errorf("read rules: %w", err)
			}
			ruleFiles = append(ruleFiles, ruleFile{name, data})
		}
	}
	// Rule files are parsed after all lexicons so that {{lex:NAME}} sees
	// every entry, whichever file system added it.
	for _, rf := range ruleFiles {
		rules, err := parseRules(rf.name, rf.data, defines)
		if err != nil {
			return nil, err
		}
		for _, r := range rules {
			if _, seen := byID[r.ID]; !seen {
				order = append(order, r.ID)
			}
			byID[r.ID] = r
		}
	}
	for _, id := range order {
		r := byID[id]
		if err := rs.compile(r, defines); err != nil {
			return nil, err
		}
		rs.rules[r.Kind] = append(rs.rules[r.Kind], r)
	}
	for _, rules := range rs.rules {
		sort.SliceStable(rules, func(i, j int) bool { return rules[i].Priority > rules[j].Priority })
	}
	return rs, nil
}

// parseRules reads one rule file. Lines are "define NAME = PATTERN",
// "rule ID" and, indented under a rule, "FIELD VALUE".
func parseRules(name string, data []byte, defines map[string]string) ([]*Rule, error) {
	var rules []*Rule
	var cur *Rule
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		pos := Position{name, n}
		raw := sc.Text()
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		indented := raw[0] == ' ' || raw[0] == '\t'
		key, val, _ := strings.Cut(line, " ")
		val = strings.TrimSpace(val)
		fail := func(format string, a ...any) error {
			id := ""
			if cur != nil && indented {
				id = cur.ID
			}
			return &RuleError{Pos: pos, Rule: id, Err: fmt.Errorf(format, a...)}
		}
		if !indented {
			switch key {
			case "define":
				dname, pat, ok := strings.Cut(val, "=")
				dname = strings.TrimSpace(dname)
				if !ok || dname == "" {
					return nil, fail("want define NAME = PATTERN")
				}
				defines[dname] = strings.TrimSpace(pat)
			case "rule":
				if val == "" || strings.ContainsAny(val, " \t") {
					return nil, fail("want rule ID (one word)")
				}
				cur = &Rule{ID: val, Pos: pos}
				rules = append(rules, cur)
			default:
				return nil, fail("unknown directive %q (want define or rule)", key)
			}
			continue
		}
		if cur == nil {
			return nil, fail("field %q outside a rule", key)
		}
		switch key {
		case "kind":
			cur.Kind = Kind(val)
		case "priority":
			p, err := strconv.Atoi(val)
			if err != nil {
				return nil, fail("priority: %v", err)
			}
			cur.Priority = p
		case "note":
			cur.Note = joinNote(cur.Note, val)
		case "unit":
			cur.Unit = normalize.String(val)
		case "needs":
			var group []string
			for _, n := range strings.Split(val, "|") {
				if n = strings.ToLower(normalize.String(strings.TrimSpace(n))); n != "" {
					group = append(group, n)
				}
			}
			cur.Needs = append(cur.Needs, group)
		case "pattern":
			cur.Pattern += val
		case "match":
			text, want, _ := strings.Cut(val, "=>")
			cur.Examples = append(cur.Examples, Example{Text: normalize.String(strings.TrimSpace(text)), Value: strings.TrimSpace(want), Match: true, Pos: pos})
		case "nomatch":
			cur.Examples = append(cur.Examples, Example{Text: normalize.String(val), Pos: pos})
		default:
			return nil, fail("unknown field %q", key)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	for _, r := range rules {
		switch {
		case r.Kind == "":
			return nil, &RuleError{Pos: r.Pos, Rule: r.ID, Err: fmt.Errorf("no kind")}
		case r.Pattern == "":
			return nil, &RuleError{Pos: r.Pos, Rule: r.ID, Err: fmt.Errorf("no pattern")}
		}
	}
	return rules, nil
}

func joinNote(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

// compile expands the macros of r's pattern and compiles it.
func (rs *Ruleset) compile(r *Rule, defines map[string]string) error {
	expanded, err := rs.expand(r.Pattern, defines, 0)
	if err != nil {
		return &RuleError{Pos: r.Pos, Rule: r.ID, Err: err}
	}
	re, err := regexp2.Compile(normalize.String(expanded), regexp2.None)
	if err != nil {
		return &RuleError{Pos: r.Pos, Rule: r.ID, Err: err}
	}
	re.MatchTimeout = rs.timeout
	r.re = re
	for _, g := range re.GetGroupNames() {
		if _, err := strconv.Atoi(g); err != nil {
			r.groups = append(r.groups, g)
		}
	}
	return nil
}

// maxMacroDepth bounds nested {{NAME}} expansion, so that a define that
// names itself is an error rather than a hang.
const maxMacroDepth = 8

// expand replaces {{NAME}} by the define NAME and {{lex:NAME}} by an
// alternation of the lexicon's entries, longest first.
func (rs *Ruleset) expand(pat string, defines map[string]string, depth int) (string, error) {
	if depth > maxMacroDepth {
		return "", fmt.Errorf("macros nested deeper than %d (a define that names itself?)", maxMacroDepth)
	}
	var b strings.Builder
	for {
		i := strings.Index(pat, "{{")
		if i < 0 {
			b.WriteString(pat)
			return b.String(), nil
		}
		j := strings.Index(pat[i:], "}}")
		if j < 0 {
			return "", fmt.Errorf("unclosed {{ in pattern")
		}
		b.WriteString(pat[:i])
		name := pat[i+2 : i+j]
		pat = pat[i+j+2:]
		if lex, ok := strings.CutPrefix(name, "lex:"); ok {
			l, ok := rs.lexicons[lex]
			if !ok {
				return "", fmt.Errorf("no lexicon %q (want a file %s.txt)", lex, lex)
			}
			b.WriteString(l.alternation())
			continue
		}
		def, ok := defines[name]
		if !ok {
			return "", fmt.Errorf("no define %q", name)
		}
		sub, err := rs.expand(def, defines, depth+1)
		if err != nil {
			return "", err
		}
		b.WriteString(sub)
	}
}

// A Lexicon is a list of entries from a lexicon file, one per line; the
// spaces inside a line belong to the entry. Entries are NFC-normalised with
// traditional tone placement, so "Tỉnh uỷ" and "Tỉnh ủy" are one entry.
type Lexicon struct {
	Name    string
	entries []string
	set     map[string]bool
	folded  map[string]string // lower case → entry as written
	firsts  map[string]bool   // the first words of the entries, lower case
	maxLen  int               // most words in one entry
}

// add reads a lexicon file into l. "-entry" removes an entry, "#" starts
// a comment line, and a duplicate entry is an error.
func (l *Lexicon) add(name string, data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		remove := false
		if rest, ok := strings.CutPrefix(line, "-"); ok && rest != "" {
			remove, line = true, strings.TrimSpace(rest)
		}
		e := normalize.String(line)
		if remove {
			delete(l.set, e)
			continue
		}
		if l.set[e] {
			return &RuleError{Pos: Position{name, n}, Err: fmt.Errorf("duplicate entry %q", e)}
		}
		l.set[e] = true
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	l.entries = l.entries[:0]
	l.folded = make(map[string]string, len(l.set))
	l.firsts = make(map[string]bool, len(l.set))
	l.maxLen = 0
	for e := range l.set {
		l.entries = append(l.entries, e)
		if _, dup := l.folded[strings.ToLower(e)]; !dup || e < l.folded[strings.ToLower(e)] {
			l.folded[strings.ToLower(e)] = e
		}
		first, _, _ := strings.Cut(strings.ToLower(e), " ")
		l.firsts[first] = true
		if n := strings.Count(e, " ") + 1; n > l.maxLen {
			l.maxLen = n
		}
	}
	sort.Slice(l.entries, func(i, j int) bool {
		if len(l.entries[i]) != len(l.entries[j]) {
			return len(l.entries[i]) > len(l.entries[j])
		}
		return l.entries[i] < l.entries[j]
	})
	return nil
}

// Has reports whether s is an entry, exactly as written.
func (l *Lexicon) Has(s string) bool { return l.set[s] }

// HasLower reports whether s is an entry, ignoring case.
func (l *Lexicon) HasLower(s string) bool {
	if _, ok := l.folded[s]; ok {
		return true // already lower case: no allocation
	}
	_, ok := l.folded[strings.ToLower(s)]
	return ok
}

// Canonical returns the entry that s is, ignoring case, as the lexicon
// writes it. Where entries differ only in case ("Trưởng Ban", "Trưởng
// ban"), the one that sorts first (capitals first) is returned.
func (l *Lexicon) Canonical(s string) (string, bool) {
	e, ok := l.folded[strings.ToLower(s)]
	return e, ok
}

// StartsEntry reports whether some entry starts with the word w, ignoring
// case; w must be lower case.
func (l *Lexicon) StartsEntry(w string) bool { return l.firsts[w] }

// Entries returns the entries, longest first.
func (l *Lexicon) Entries() []string { return append([]string(nil), l.entries...) }

// MaxWords is the number of words in the lexicon's longest entry.
func (l *Lexicon) MaxWords() int { return l.maxLen }

// alternation returns a non-capturing regexp group matching any entry,
// longest first so that the longest entry wins.
func (l *Lexicon) alternation() string {
	var b strings.Builder
	b.WriteString("(?:")
	for i, e := range l.entries {
		if i > 0 {
			b.WriteByte('|')
		}
		esc := strings.ReplaceAll(regexp2.Escape(e), `\ `, " ")
		b.WriteString(strings.ReplaceAll(esc, " ", `\s+`))
	}
	b.WriteString(")")
	return b.String()
}
