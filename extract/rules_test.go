package extract

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// exampleRef is the publish time the rule examples are read against: a
// bare "12.8" is 12 August 2022 and "hôm qua" is 11 August 2022.
var exampleRef = time.Date(2022, 8, 12, 17, 14, 0, 0, vietnam)

// valuesOf returns the values that rule r alone gives for text.
func valuesOf(t *testing.T, rs *Ruleset, r *Rule, text string) []string {
	t.Helper()
	s := newSentence(text)
	var values []string
	m, err := r.re.FindRunesMatch(s.runes)
	for ; m != nil && err == nil; m, err = r.re.FindNextMatch(m) {
		g := map[string]string{}
		for _, name := range r.groups {
			if c := m.GroupByName(name); c != nil && len(c.Captures) > 0 {
				g[name] = c.String()
			}
		}
		mt := &match{rule: r, sp: span{m.Index, m.Index + m.Length}, groups: g}
		switch r.Kind {
		case Date:
			if v, _, ok := readDate(mt, exampleRef); ok {
				values = append(values, v)
			}
		case Indicator:
			if f, ok := rs.readIndicator(mt, s); ok {
				values = append(values, f.Value)
			}
		case Document:
			if f, ok := rs.readDocument(mt); ok {
				values = append(values, f.Value)
			}
		case Published:
			if tm, dateOnly, ok := publishTime(mt); ok {
				if dateOnly {
					values = append(values, tm.Format("2006-01-02"))
				} else {
					values = append(values, tm.Format(time.RFC3339))
				}
			}
		case Source, Author, LeadMark:
			values = append(values, strings.TrimSpace(mt.group("name")))
		default:
			t.Fatalf("rule %s: no reader for kind %q", r.ID, r.Kind)
		}
	}
	if err != nil {
		t.Fatalf("rule %s on %q: %v", r.ID, text, err)
	}
	return values
}

// TestRuleExamples runs the examples of every built-in rule: each "match"
// example must give its value, each "nomatch" example no value. Adding a
// rule with examples needs no Go change.
func TestRuleExamples(t *testing.T) {
	x := newTestExtractor(t)
	rs := x.Rules()
	n := 0
	for _, k := range []Kind{Date, Indicator, Document, Published, Source, Author, LeadMark} {
		for _, r := range rs.Rules(k) {
			if len(r.Examples) == 0 {
				t.Errorf("%s: rule %s has no examples", r.Pos, r.ID)
			}
			n += len(r.Examples)
			t.Run(r.ID, func(t *testing.T) {
				for _, ex := range r.Examples {
					got := valuesOf(t, rs, r, ex.Text)
					switch {
					case ex.Match && len(got) == 0:
						t.Errorf("%s: %q: no match, want %q", ex.Pos, ex.Text, ex.Value)
					case ex.Match && ex.Value != "" && got[0] != ex.Value:
						t.Errorf("%s: %q: got %q, want %q", ex.Pos, ex.Text, got[0], ex.Value)
					case !ex.Match && len(got) > 0:
						t.Errorf("%s: %q: got %q, want no match", ex.Pos, ex.Text, got)
					}
				}
			})
		}
	}
	if n < 50 {
		t.Errorf("only %d rule examples", n)
	}
}

// TestLoadRulesErrors: a bad rule file fails with its file, line and rule.
func TestLoadRulesErrors(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"bad regexp", "rule bad-re\n  kind date\n  pattern (unclosed\n", `x.rules:1: rule "bad-re"`},
		{"no kind", "rule no-kind\n  pattern a\n", `x.rules:1: rule "no-kind": no kind`},
		{"unknown field", "rule r\n  kind date\n  colour red\n", `x.rules:3: rule "r": unknown field "colour"`},
		{"unknown directive", "rules r\n", `x.rules:1: unknown directive "rules"`},
		{"missing define", "rule r\n  kind date\n  pattern {{NOPE}}\n", `no define "NOPE"`},
		{"missing lexicon", "rule r\n  kind date\n  pattern {{lex:nope}}\n", `no lexicon "nope"`},
		{"self define", "define A = {{A}}\nrule r\n  kind date\n  pattern {{A}}\n", `nested deeper`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadRules(0, fstest.MapFS{"x.rules": {Data: []byte(tc.file)}})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("LoadRules(%q):\n got  %v\n want an error containing %q", tc.file, err, tc.want)
			}
			var re *RuleError
			if !errors.As(err, &re) {
				t.Errorf("error %T is not a *RuleError", err)
			}
		})
	}
	_, err := LoadRules(0, fstest.MapFS{"a.txt": {Data: []byte("x\nx\n")}})
	if err == nil || !strings.Contains(err.Error(), `a.txt:2: duplicate entry "x"`) {
		t.Errorf("duplicate lexicon entry: got %v", err)
	}
}

// TestUserRules: a user's rules directory adds a rule, replaces a rule by
// id, and adds and removes lexicon entries.
func TestUserRules(t *testing.T) {
	user := fstest.MapFS{
		"mine.rules":   {Data: []byte("rule ind-count\n  kind indicator\n  priority 50\n  pattern (?<num>\\d+)(?=\\s+con\\b)\n  match 3 con gà => 3\n")},
		"units.txt":    {Data: []byte("con gà\n")},
		"surnames.txt": {Data: []byte("-Nguyễn\n")},
	}
	opts := DefaultOptions()
	opts.Rules = append(opts.Rules, user)
	x, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	facts, _ := x.Rules().Facts("", []string{"Trại nuôi 3 con gà và 40 người dân."}, exampleRef)
	var got []string
	for _, f := range facts {
		got = append(got, f.Value+" "+f.Unit)
	}
	if strings.Join(got, "|") != "3 con gà" {
		t.Errorf("with ind-count replaced: got %q, want only \"3 con gà\"", got)
	}
	if x.Rules().Lexicon("surnames").Has("Nguyễn") {
		t.Error(`"-Nguyễn" did not remove the entry`)
	}
}

// TestRulesDirExample runs the README's worked example of a user's rules
// directory (testdata/myrules): a new rule and new lexicon entries.
func TestRulesDirExample(t *testing.T) {
	opts := DefaultOptions()
	opts.Rules = append(opts.Rules, os.DirFS("../testdata/myrules"))
	x, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range x.Rules().Rules(Indicator) {
		if r.ID == "ind-temperature" {
			for _, ex := range r.Examples {
				got := valuesOf(t, x.Rules(), r, ex.Text)
				if ex.Match != (len(got) > 0) || ex.Match && got[0] != ex.Value {
					t.Errorf("%s: %q: got %q", ex.Pos, ex.Text, got)
				}
			}
		}
	}
	text := "Trưa 5/5, nhiệt độ lên tới 39 độ C, cao tốc đón 1.200 lượt xe."
	got := factsOf(t, x, text, ref2023, Indicator)
	want := []string{"indicator 39 [độ C]", "indicator 1200 [lượt xe]"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("with testdata/myrules:\n got  %q\n want %q", got, want)
	}
}

func newSentence(text string) *sentence {
	s := &sentence{}
	s.reset(text)
	return s
}
