package main

import (
	"encoding/json"
	"math/rand"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// crawlJSONL is a crawler's output: pages as "html" and "text", extra
// fields, a broken line (2), a blank line (3), a line without content (5)
// and a page too large for -max-bytes=20000 (6).
func crawlJSONL(t *testing.T) (string, map[string]string) {
	t.Helper()
	r := rand.New(rand.NewSource(9))
	a, b, c := genArticle(r, 1, true), genArticle(r, 2, false), genArticle(r, 3, true)
	line := func(m map[string]any) string {
		j, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return string(j) + "\n"
	}
	big := strings.Repeat("<p>Tin khác trong ngày.</p>", 1000)
	s := line(map[string]any{"url": "https://a.vn/1", "html": a.body, "status": 200, "crawled_at": "2024-05-01"}) +
		`{"url": "https://a.vn/2", "html": "<html><body>cut` + "\n" +
		"\n" +
		line(map[string]any{"url": "https://a.vn/3", "text": b.body}) +
		line(map[string]any{"url": "https://a.vn/4", "status": 404}) +
		line(map[string]any{"url": "https://a.vn/5", "html": c.body + big}) +
		line(map[string]any{"html": c.body})
	return s, map[string]string{"https://a.vn/1": a.headline, "https://a.vn/3": b.headline, "-:7": c.headline}
}

func TestJSONL(t *testing.T) {
	data, want := crawlJSONL(t)
	dir := t.TempDir()
	for _, tc := range []struct {
		name, file string
		gz         bool
	}{
		{"file", "crawl.jsonl", false},
		{"gzip", "crawl.jsonl.gz", true},
		{"stdin", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r cliRun
			name := "<stdin>"
			args := []string{testTimeout, "-max-bytes=20000", "-kinds=headline"}
			switch {
			case tc.file == "":
				r = runCLI(t, data, args...)
			case tc.gz:
				name = writeFile(t, dir, tc.file, gzipped(data))
				r = runCLI(t, "", append(args, "-include=*.jsonl.gz", dir)...)
			default:
				name = writeFile(t, dir, tc.file, []byte(data))
				r = runCLI(t, "", append(args, name)...)
			}
			if r.code != exitFailed {
				t.Errorf("exit %d, want %d", r.code, exitFailed)
			}
			got := map[string]string{}
			for _, rec := range readCSV(t, r.stdout)[1:] {
				got[rec[0]] = rec[2]
			}
			for doc, headline := range want {
				if doc == "-:7" {
					doc = name + ":7" // no URL: the doc is the file and line
				}
				if got[doc] != headline {
					t.Errorf("%s: headline %q, want %q", doc, got[doc], headline)
				}
			}
			for _, wantErr := range []string{
				"vnextract: " + name + ":2: broken JSON: ",
				"vnextract: https://a.vn/4 (" + name + ":5): no \"html\" or \"text\" field",
				"vnextract: https://a.vn/5 (" + name + ":6): ",
			} {
				if strings.Count(r.stderr, wantErr) != 1 {
					t.Errorf("stderr should hold %q once:\n%s", wantErr, r.stderr)
				}
			}
			if s := parseSummary(t, r.stderr); s.inputs != 6 || s.articles != 3 || s.failed != 3 {
				t.Errorf("summary %+v, want 6 inputs: 3 articles, 3 failed", s)
			}
		})
	}
}

func TestRecordBytes(t *testing.T) {
	const viet = "Hải Dương tổng kết"
	legacy := windows1258(t, "Hà Nội")
	latin1 := asLatin1(legacy)
	tests := []struct {
		name, s, charset string
		want, wantCS     string
	}{
		{"no charset", viet, "", viet, "utf-8"},
		{"utf-8", viet, "UTF-8", viet, "utf-8"},
		{"declared legacy, text already Unicode", viet, "windows-1258", viet, "utf-8"},
		{"legacy bytes read as Latin-1", latin1, "windows-1258", legacy, "windows-1258"},
	}
	for _, tc := range tests {
		b, cs := recordBytes(tc.s, tc.charset)
		if string(b) != tc.want || cs != tc.wantCS {
			t.Errorf("%s: recordBytes(%q, %q) = %q, %q; want %q, %q", tc.name, tc.s, tc.charset, b, cs, tc.want, tc.wantCS)
		}
	}
}

// windows1258 encodes s in Windows-1258, which has the letters with a
// circumflex, breve or horn (ô, ă, ơ) but writes the tone marks as
// combining characters: "ộ" is "ô" and a combining dot below.
func windows1258(t *testing.T, s string) string {
	t.Helper()
	enc := charmap.Windows1258.NewEncoder()
	var out strings.Builder
	for _, r := range norm.NFC.String(s) {
		if b, err := enc.String(string(r)); err == nil {
			out.WriteString(b)
			continue
		}
		d := []rune(norm.NFD.String(string(r)))
		base, tones := string(d[0]), ""
		for _, m := range d[1:] {
			if m == 0x302 || m == 0x306 || m == 0x31b {
				base = norm.NFC.String(base + string(m))
			} else {
				tones += string(m)
			}
		}
		b, err := enc.String(base + tones)
		if err != nil {
			t.Fatalf("%q: %v", r, err)
		}
		out.WriteString(b)
	}
	return out.String()
}

// asLatin1 is what a crawler that decodes every page as Latin-1 stores.
func asLatin1(b string) string {
	var sb strings.Builder
	for i := 0; i < len(b); i++ {
		sb.WriteRune(rune(b[i]))
	}
	return sb.String()
}

// TestJSONLLegacyCharset reads a Windows-1258 page that the crawler
// stored as Latin-1 text with its "charset".
func TestJSONLLegacyCharset(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	g := genArticle(r, 1, true)
	page := strings.Replace(g.body, `<meta charset="utf-8">`, "", 1)
	line, err := json.Marshal(map[string]string{"url": "https://old.vn/1", "html": asLatin1(windows1258(t, page)), "charset": "windows-1258"})
	if err != nil {
		t.Fatal(err)
	}
	out := runCLI(t, string(line), testTimeout, "-kinds=headline")
	if want := "https://old.vn/1,headline,\"" + g.headline + "\""; !strings.Contains(out.stdout, want) {
		t.Errorf("want %s in\n%s%s", want, out.stdout, out.stderr)
	}
}

func TestReadLineLimit(t *testing.T) {
	in := "short\n" + strings.Repeat("x", 200_000) + "\nafter\nlast"
	br := bufioReader([]byte(in))
	var got []string
	for {
		line, long, err := readLine(br, 100_000)
		switch {
		case long:
			got = append(got, "LONG")
		case len(line) > 0:
			got = append(got, string(line))
		}
		if err != nil {
			break
		}
	}
	if strings.Join(got, ",") != "short,LONG,after,last" {
		t.Errorf("lines %q", got)
	}
}

func TestParsePublished(t *testing.T) {
	vn := func(y, mo, d, h, mi int) string {
		return time.Date(y, time.Month(mo), d, h, mi, 0, 0, vietnam).Format(time.RFC3339)
	}
	tests := []struct {
		raw      string
		want     string // RFC 3339 in Vietnam's zone, "" for an error
		dateOnly bool
	}{
		{`"2024-11-06T20:25:55+07:00"`, "2024-11-06T20:25:55+07:00", false},
		{`"2024-11-06T13:25:55Z"`, "2024-11-06T20:25:55+07:00", false},
		{`"2024-11-06T20:25"`, vn(2024, 11, 6, 20, 25), false},
		{`"2024-11-06 20:25:00"`, vn(2024, 11, 6, 20, 25), false},
		{`"2024-11-06"`, vn(2024, 11, 6, 0, 0), true},
		{`"06/11/2024 20:25"`, vn(2024, 11, 6, 20, 25), false},
		{`"06/11/2024"`, vn(2024, 11, 6, 0, 0), true},
		{`1730899555`, "2024-11-06T20:25:55+07:00", false},
		{`1730899555000`, "2024-11-06T20:25:55+07:00", false},
		{`"hôm qua"`, "", false},
		{`"1850-01-01"`, "", false},
		{`12.5`, "", false},
		{`{"a": 1}`, "", false},
	}
	for _, tc := range tests {
		got, dateOnly, err := parsePublished(json.RawMessage(tc.raw))
		if tc.want == "" {
			if err == nil {
				t.Errorf("parsePublished(%s) = %v, want an error", tc.raw, got)
			}
			continue
		}
		if err != nil || got.In(vietnam).Format(time.RFC3339) != tc.want || dateOnly != tc.dateOnly {
			t.Errorf("parsePublished(%s) = %v, %v, %v; want %s, %v", tc.raw, got.In(vietnam).Format(time.RFC3339), dateOnly, err, tc.want, tc.dateOnly)
		}
	}
}

// TestJSONLPublished: a text crawled without its date line gets its
// publish time, and its dates their year, from the record's date field;
// a date field that cannot be read is a warning, and the record is read.
func TestJSONLPublished(t *testing.T) {
	text := "Hội nghị tổng kết\nSáng 12.8, Ban Thường vụ Tỉnh ủy tổ chức hội nghị với 1.340 đại biểu.\n"
	line := func(m map[string]any) string {
		j, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return string(j) + "\n"
	}
	data := line(map[string]any{"url": "https://a.vn/1", "text": text, "date_publish": "2022-08-13 09:30:00"}) +
		line(map[string]any{"url": "https://a.vn/2", "text": text, "date": "hôm qua"})
	r := runCLI(t, data, testTimeout, "-kinds=published,date")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"https://a.vn/1,published,2022-08-13T09:30:00+07:00",
		"https://a.vn/1,date,2022-08-12,",
		"https://a.vn/2,date,'--08-12,", // a cell that starts with '-' is protected
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	if !strings.Contains(r.stderr, "https://a.vn/2") || !strings.Contains(r.stderr, "publish time not read") {
		t.Errorf("no warning for the unreadable date:\n%s", r.stderr)
	}
}
