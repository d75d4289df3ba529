package extract

import (
	"encoding/base64"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"
)

// hostileDeadline is the time each hostile input has to give its facts
// or a clear error (the issue: "finishes in seconds"). It is generous for
// a loaded two-core machine.
const hostileDeadline = 10 * time.Second

// hostileLead is an ordinary sentence put before the hostile part of each
// page: its facts must come through whatever the rest does to the rules.
const hostileLead = "Sáng 12.8.2022, đồng chí Phạm Xuân Thăng, Bí thư Tỉnh ủy, chủ trì hội nghị với 1.340 chi bộ thôn."

// hostilePage wraps a hostile body in a page with a headline and the
// lead paragraph.
func hostilePage(body string) []byte {
	return []byte("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Tin tổng hợp</title></head><body>" +
		"<h1>Tin tổng hợp</h1><p>" + hostileLead + "</p>" + body + "</body></html>")
}

// A hostileCase is an input built to make the extractor crash, hang or
// backtrack for ever.
type hostileCase struct {
	name string
	gen  func(r *rand.Rand) []byte
	lead bool // the lead's facts must be found (no error expected)
}

func hostileCases() []hostileCase {
	syllables := []string{"Nguyễn", "Văn", "Thị", "Hồng", "Minh", "Đức", "Anh", "Lê", "Trần", "Phạm", "Quốc", "Hải"}
	titles := []string{"Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Phó Chủ tịch HĐND tỉnh", "Giám đốc Sở Y tế", "Ủy viên Trung ương Đảng", "Trưởng ban Tổ chức"}
	return []hostileCase{
		{name: "12MB page of markup", lead: true, gen: func(r *rand.Rand) []byte {
			// A real 12 MB page is mostly inline data: a script and an image.
			raw := make([]byte, 6<<20)
			r.Read(raw)
			script := "<script>var d=\"" + strings.Repeat("abcdefghij", 400_000) + "\";</script>"
			return hostilePage(script + `<img src="data:image/png;base64,` + base64.StdEncoding.EncodeToString(raw) + `">`)
		}},
		{name: "12MB of body text", lead: true,
			gen: func(r *rand.Rand) []byte {
				// Distinct paragraphs (a page that repeats one is read once).
				words := strings.Fields("hội nghị diễn ra trong không khí sôi nổi các đại biểu thảo luận nhiều vấn đề quan trọng của địa phương tỉnh huyện xã năm tháng người dân")
				var b strings.Builder
				for n := 0; b.Len() < 12<<20; n++ {
					b.WriteString("<p>Đoạn ")
					b.WriteString(strconv.Itoa(n))
					for range 20 {
						b.WriteByte(' ')
						b.WriteString(words[r.Intn(len(words))])
					}
					b.WriteString(".</p>\n")
				}
				return hostilePage(b.String())
			}},
		{name: "60000 nested elements", lead: true, gen: func(r *rand.Rand) []byte {
			return hostilePage(strings.Repeat("<div>", 60_000) + "Ngày 5.9.2022 có 12 người" + strings.Repeat("</div>", 60_000))
		}},
		{name: "random bytes named .html", gen: func(r *rand.Rand) []byte {
			b := make([]byte, 256<<10)
			r.Read(b)
			return b
		}},
		{name: "invalid UTF-8 throughout", gen: func(r *rand.Rand) []byte {
			// Continuation bytes with no lead byte, in words.
			b := make([]byte, 256<<10)
			for i := range b {
				b[i] = byte(0x80 + r.Intn(0x40))
				if i%7 == 6 {
					b[i] = ' '
				}
			}
			return b
		}},
		{name: "60000 capitalised syllables", lead: true, gen: func(r *rand.Rand) []byte {
			var b strings.Builder
			b.WriteString("<p>Đồng chí ")
			for range 60_000 {
				b.WriteString(syllables[r.Intn(len(syllables))])
				b.WriteByte(' ')
			}
			b.WriteString("phát biểu.</p>")
			return hostilePage(b.String())
		}},
		{name: "80000 digits and dots", lead: true, gen: func(r *rand.Rand) []byte {
			var b strings.Builder
			b.WriteString("<p>Ngày ")
			for n := 0; n < 80_000; n++ {
				if r.Intn(3) == 0 {
					b.WriteByte('.')
				} else {
					b.WriteByte(byte('0' + r.Intn(10)))
				}
			}
			b.WriteString(" người.</p>")
			return hostilePage(b.String())
		}},
		{name: "24000 job titles", lead: true, gen: func(r *rand.Rand) []byte {
			var b strings.Builder
			b.WriteString("<p>Ông Nguyễn Văn An, ")
			for range 24_000 {
				b.WriteString(titles[r.Intn(len(titles))])
				b.WriteString(", ")
			}
			b.WriteString("phát biểu.</p>")
			return hostilePage(b.String())
		}},
		{name: "20000 foreign names with particles", lead: true, gen: func(r *rand.Rand) []byte {
			// Each name is new, so the people reader's memory of names met
			// grows with the text: looking a name up must not scan it.
			given := []string{"Lionel", "Luis", "Donald", "Ursula", "Ahmed", "Kevin"}
			var b strings.Builder
			b.WriteString("<p>")
			for i := range 20_000 {
				b.WriteString(given[r.Intn(len(given))])
				b.WriteString(" de la Fuente K")
				for n := i; n > 0; n /= 26 {
					b.WriteByte(byte('a' + n%26)) // a name of letters, new each time
				}
				b.WriteString("a, ")
			}
			b.WriteString("cùng dự.</p>")
			return hostilePage(b.String())
		}},
	}
}

// TestHostile gives the extractor each hostile input: it must finish in
// time with facts or an error that says what is wrong, never crash or
// hang. A rule that times out is a warning, and the lead sentence's facts
// are still found.
func TestHostile(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range hostileCases() {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			b := tc.gen(rand.New(rand.NewSource(6)))
			if testing.Short() && len(b) > 1<<20 {
				t.Skip("a 12 MB input is too slow for -short (the race detector runs it ten times slower)")
			}
			a, err, took := extractWithin(t, x, b, tc.name+".html")
			facts, warnings := 0, 0
			if a != nil {
				facts, warnings = len(a.Facts), len(a.Warnings)
			}
			t.Logf("%d bytes: %v, %d facts, %d warnings, err %v", len(b), took.Round(time.Millisecond), facts, warnings, err)
			if err != nil {
				if tc.lead {
					t.Errorf("error %v, want the lead sentence's facts", err)
				}
				if len(err.Error()) < 10 {
					t.Errorf("error %q does not say what is wrong", err)
				}
				return
			}
			if tc.lead && !hasFact(a, Date, "2022-08-12") {
				t.Errorf("the lead sentence's date is missing (%d facts, warnings %v)", facts, a.Warnings)
			}
			for _, w := range a.Warnings {
				if w == nil || w.Error() == "" {
					t.Errorf("an empty warning")
				}
			}
		})
	}
}

// extractWithin runs FromBytes, failing the test if it has not returned
// within hostileDeadline (or before the test's own deadline).
func extractWithin(t *testing.T, x *Extractor, b []byte, doc string) (*Article, error, time.Duration) {
	t.Helper()
	limit := hostileDeadline
	if d, ok := t.Deadline(); ok && time.Until(d) < limit {
		limit = time.Until(d) - time.Second
	}
	type outcome struct {
		a   *Article
		err error
	}
	done := make(chan outcome, 1)
	start := time.Now()
	go func() {
		a, err := x.FromBytes(b, doc, "")
		done <- outcome{a, err}
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case o := <-done:
		return o.a, o.err, time.Since(start)
	case <-timer.C:
		t.Fatalf("%s: no result after %v (%d bytes)", doc, limit, len(b))
	}
	return nil, nil, 0
}

func hasFact(a *Article, k Kind, value string) bool {
	for _, f := range a.Facts {
		if f.Kind == k && f.Value == value {
			return true
		}
	}
	return false
}
