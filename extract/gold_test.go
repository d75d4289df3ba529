package extract

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/normalize"
)

// A goldRow is one row of a hand-made annotation in the format of
// testdata/sample/gold.tsv: kind, value, link, surface, status.
type goldRow struct {
	kind, value, link, surface, status string
}

// readGold reads an annotation file, skipping comments.
func readGold(t *testing.T, path string) []goldRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []goldRow
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		c := append(strings.Split(line, "\t"), "", "", "", "", "")
		r := goldRow{c[0], c[1], c[2], c[3], c[4]}
		if r.status == "" {
			r.status = "required"
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// key folds a value for comparison the way the annotation's header asks:
// NFC, traditional tone placement, one space, lower case, no edge
// punctuation.
func key(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(normalize.String(s)), " "))
	return strings.Trim(s, " .,;:")
}

func sameNumber(a, b string) bool {
	x, err1 := strconv.ParseFloat(key(a), 64)
	y, err2 := strconv.ParseFloat(key(b), 64)
	if err1 != nil || err2 != nil {
		return key(a) == key(b)
	}
	return math.Abs(x-y) < 1e-6
}

// sameUnit: '%' only matches '%'; otherwise one unit may extend the other
// by whole words ("chi bộ" and "chi bộ thôn").
func sameUnit(gold, got string) bool {
	g, o := key(gold), key(got)
	if g == "%" || o == "%" {
		return g == o
	}
	return o != "" && (o == g || strings.HasPrefix(o, g+" ") || strings.HasPrefix(g, o+" "))
}

// sameTitle: a title matches when one is the other plus whole words, after
// dropping "nguyên"/"cựu" (former), and both name the same holder.
func sameTitle(gold, got string) bool {
	bare := func(s string) string {
		s = key(s)
		for _, p := range [...]string{"nguyên ", "cựu "} {
			s = strings.TrimPrefix(s, p)
		}
		return s
	}
	a, b := bare(gold), bare(got)
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(strings.Fields(a)) >= 2 && strings.HasPrefix(b, a+" ")
}

// matches reports whether a fact is the annotated one.
func (g goldRow) matches(f Fact) bool {
	if string(f.Kind) != g.kind {
		return false
	}
	switch f.Kind {
	case Indicator:
		return sameNumber(g.value, f.Value) && sameUnit(g.link, f.Unit)
	case Title:
		return key(g.link) == key(f.Person) && sameTitle(g.value, f.Value)
	case Published:
		return strings.HasPrefix(f.Value, g.value) || strings.HasPrefix(g.value, f.Value)
	}
	return key(g.value) == key(f.Value)
}

// perMention kinds count every mention; the others once per article.
func perMention(k Kind) bool { return k == Date || k == Indicator }

// A score is the outcome of matching facts against an annotation.
type score struct {
	tp, fp     int
	missed     []goldRow
	extra      []Fact
	forbidden  []Fact
	precision  float64
	recall     float64
	byKindMiss map[string]int
}

// scoreFacts matches facts against the required, optional and forbidden
// rows of an annotation, as the annotation's header defines: a required
// row must be found; an optional one neither counts nor costs; a
// forbidden one must not be emitted. Facts of kinds the annotation does
// not cover are not scored.
func scoreFacts(gold []goldRow, facts []Fact) score {
	kinds := map[string]bool{}
	var facts0 []goldRow
	for _, g := range gold {
		if g.kind == "keep" || g.kind == "drop" { // rows for the cleaned text
			continue
		}
		kinds[g.kind] = true
		facts0 = append(facts0, g)
	}
	gold = facts0
	var out []Fact
	seen := map[string]bool{}
	for _, f := range facts {
		if !kinds[string(f.Kind)] {
			continue
		}
		if !perMention(f.Kind) {
			k := string(f.Kind) + "\x00" + key(f.Value) + "\x00" + key(f.Person) + "\x00" + key(f.Unit)
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		out = append(out, f)
	}
	used := make([]bool, len(out))
	var s score
	for _, g := range gold {
		if g.status != "required" {
			continue
		}
		found := false
		for i, f := range out {
			if !used[i] && g.matches(f) {
				used[i], found = true, true
				break
			}
		}
		if found {
			s.tp++
		} else {
			s.missed = append(s.missed, g)
		}
	}
	optUsed := make([]bool, len(gold))
	for i, f := range out {
		if used[i] {
			continue
		}
		bad := false
		for _, g := range gold {
			if g.status == "forbidden" && g.matches(f) {
				bad = true
			}
		}
		if bad {
			s.forbidden = append(s.forbidden, f)
			s.extra = append(s.extra, f)
			continue
		}
		opt := false
		for j, g := range gold {
			if g.status == "optional" && !optUsed[j] && g.matches(f) {
				optUsed[j], opt = true, true
				break
			}
		}
		if !opt {
			s.extra = append(s.extra, f)
		}
	}
	s.fp = len(s.extra)
	s.precision, s.recall = 1, 1
	if s.tp+s.fp > 0 {
		s.precision = float64(s.tp) / float64(s.tp+s.fp)
	}
	if n := s.tp + len(s.missed); n > 0 {
		s.recall = float64(s.tp) / float64(n)
	}
	return s
}
