package extract

import (
	"fmt"
	"sort"
)

// A match is one regexp2 match of a rule in a sentence: the rune span and
// the text of each named group that took part.
type match struct {
	rule   *Rule
	sp     span
	groups map[string]string
}

// group returns the text of the named group, "" when it did not take part.
func (m *match) group(name string) string { return m.groups[name] }

// findAll runs every rule of kind k over s and returns the matches that
// do not overlap a claimed span, best first: highest priority, then longest,
// then leftmost. A rule that times out is reported and skipped; the other
// rules still run.
func (rs *Ruleset) findAll(s *sentence, k Kind) ([]match, []error) {
	var out []match
	var errs []error
	for _, r := range rs.rules[k] {
		if !s.has(r.Needs) {
			continue
		}
		for _, w := range s.windows(r.Needs) {
			out, errs = r.findIn(s, w, out, errs)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.rule.Priority != b.rule.Priority {
			return a.rule.Priority > b.rule.Priority
		}
		if la, lb := a.sp.end-a.sp.start, b.sp.end-b.sp.start; la != lb {
			return la > lb
		}
		return a.sp.start < b.sp.start
	})
	return out, errs
}

// findIn appends the matches of r inside the rune window w of s.
func (r *Rule) findIn(s *sentence, w span, out []match, errs []error) ([]match, []error) {
	m, err := r.re.FindRunesMatch(s.runes[w.start:w.end])
	{
		for m != nil && err == nil {
			sp := span{w.start + m.Index, w.start + m.Index + m.Length}
			if sp.end > sp.start && s.free(sp) {
				g := make(map[string]string, len(r.groups))
				for _, name := range r.groups {
					if c := m.GroupByName(name); c != nil && len(c.Captures) > 0 {
						g[name] = c.String()
					}
				}
				out = append(out, match{rule: r, sp: sp, groups: g})
			}
			m, err = r.re.FindNextMatch(m)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("rule %s: %w", r.ID, err))
		}
	}
	return out, errs
}
