package normalize

import (
	"bufio"
	"encoding/hex"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// vector is one row of testdata/normalize_vectors.tsv.
type vector struct {
	id, category string
	in           string // decoded: hex bytes or a Go string literal
	want         string // decoded when quoted; NUMBER rows keep the text
}

func readVectors(t *testing.T) []vector {
	t.Helper()
	f, err := os.Open("testdata/normalize_vectors.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var vs []vector
	sc := bufio.NewScanner(f)
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "id\t") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 4 {
			t.Fatalf("vectors:%d: %d fields", ln, len(p))
		}
		v := vector{id: p[0], category: p[1], in: p[2], want: p[3]}
		if h, ok := strings.CutPrefix(v.in, "hex "); ok {
			b, err := hex.DecodeString(strings.ReplaceAll(h, " ", ""))
			if err != nil {
				t.Fatalf("vectors:%d: %v", ln, err)
			}
			v.in = string(b)
		} else if strings.HasPrefix(v.in, `"`) {
			if v.in, err = strconv.Unquote(v.in); err != nil {
				t.Fatalf("vectors:%d: input: %v", ln, err)
			}
		}
		if strings.HasPrefix(v.want, `"`) {
			if v.want, err = strconv.Unquote(v.want); err != nil {
				t.Fatalf("vectors:%d: expected: %v", ln, err)
			}
		}
		vs = append(vs, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return vs
}

// stringOverride gives String's result where a row documents plain NFC
// and String intentionally goes further (spec §1.5 mark order, §4.1
// d + U+0335).
var stringOverride = map[string]string{
	"V10": "ắ",
	"V12": "đ",
}

// legacyHint maps a LEGACY category to the charset label given to Decode.
var legacyHint = map[string]string{
	"LEGACY-TCVN3":             "tcvn3",
	"LEGACY-TCVN5712-1(glibc)": "tcvn5712-1",
	"LEGACY-VNI":               "vni",
	"LEGACY-VISCII":            "viscii",
	"LEGACY-VPS":               "vps",
	"LEGACY-CP1258":            "windows-1258",
}

// decodeOverride gives Decode's result where it restores what the raw
// decoder cannot (spec §3.4: TCVN3 has no upper-case toned letters).
var decodeOverride = map[string]string{
	"V24": "TIẾNG VIỆT",
}

// TestVectors runs every row of the spec's vector table.
func TestVectors(t *testing.T) {
	vs := readVectors(t)
	if len(vs) != 194 {
		t.Errorf("read %d vectors, want 194", len(vs))
	}
	for _, v := range vs {
		t.Run(v.id, func(t *testing.T) {
			cat := v.category
			switch {
			case cat == "TONE-traditional":
				check(t, "String", v.in, String(v.in), v.want)
			case cat == "TONE-modern":
				check(t, "Modern.String", v.in, Options{Tone: Modern}.String(v.in), v.want)
			case cat == "NFC":
				check(t, "norm.NFC.String", v.in, norm.NFC.String(v.in), v.want)
				want := v.want
				if o, ok := stringOverride[v.id]; ok {
					want = o
				}
				check(t, "Keep.String", v.in, Options{Tone: Keep}.String(v.in), want)
			case cat == "NFD":
				check(t, "norm.NFD.String", v.in, norm.NFD.String(v.in), v.want)
				check(t, "String", v.want, String(v.want), v.in)
			case strings.HasPrefix(cat, "LEGACY-"):
				testLegacyVector(t, v)
			case strings.HasPrefix(cat, "CP1258+NFC"):
				got, _, err := Decode([]byte(v.in), "windows-1258")
				checkErr(t, err)
				check(t, "Decode windows-1258", v.in, got, v.want)
			case strings.HasPrefix(cat, "MOJIBAKE"):
				got, enc, err := Decode([]byte(v.in), "")
				checkErr(t, err)
				check(t, "Decode", v.in, got, v.want)
				if !strings.HasPrefix(enc, "utf-8+mojibake-repair") {
					t.Errorf("Decode(%q) enc = %q, want utf-8+mojibake-repair…", v.in, enc)
				}
				r, _ := Repair(v.in)
				check(t, "Repair", v.in, norm.NFC.String(r), v.want)
			case cat == "LOOKALIKE", cat == "REORDER", strings.HasPrefix(cat, "WIDTH"),
				strings.HasPrefix(cat, "SPACE"), strings.HasPrefix(cat, "NFKC"), strings.HasPrefix(cat, "INVISIBLES"):
				check(t, "String", v.in, String(v.in), v.want)
			case strings.HasPrefix(cat, "STRIP"):
				check(t, "Fold", v.in, Fold(v.in), v.want)
			case cat == "HTML+NFC":
				check(t, "String(UnescapeEntities)", v.in, String(UnescapeEntities(v.in)), v.want)
			case strings.HasPrefix(cat, "HTML"):
				check(t, "UnescapeEntities", v.in, UnescapeEntities(v.in), v.want)
			case cat == "NUMBER":
				testNumberVector(t, v)
			default:
				t.Fatalf("unknown category %q", cat)
			}
		})
	}
}

func testLegacyVector(t *testing.T, v vector) {
	hint, ok := legacyHint[v.category]
	if !ok {
		t.Fatalf("no hint for %q", v.category)
	}
	var raw string
	var err error
	if hint == "windows-1258" {
		raw, err = charmap.Windows1258.NewDecoder().String(v.in)
		raw = norm.NFC.String(raw)
	} else {
		raw, err = legacyEncoding(canonicalLabel(hint)).NewDecoder().String(v.in)
	}
	checkErr(t, err)
	check(t, hint+" decoder", v.in, raw, v.want)
	want := v.want
	if o, ok := decodeOverride[v.id]; ok {
		want = o
	}
	got, enc, err := Decode([]byte(v.in), hint)
	checkErr(t, err)
	check(t, "Decode "+hint, v.in, got, want)
	if enc != canonicalLabel(hint) {
		t.Errorf("Decode(%q, %q) enc = %q", v.in, hint, enc)
	}
	got, enc, err = Decode([]byte(v.in), "")
	checkErr(t, err)
	check(t, "Decode (detected "+enc+")", v.in, got, want)
}

func testNumberVector(t *testing.T, v vector) {
	got, err := ParseNumber(v.in)
	if v.want == "(not a number)" {
		if !errors.Is(err, ErrNotNumber) {
			t.Errorf("ParseNumber(%q) = %v, %v; want ErrNotNumber", v.in, got, err)
		}
		return
	}
	want, pct := strings.CutSuffix(v.want, " %")
	w, perr := strconv.ParseFloat(want, 64)
	if perr != nil {
		t.Fatalf("bad expected value %q", v.want)
	}
	if err != nil || got.Value != w || got.Percent != pct {
		t.Errorf("ParseNumber(%q) = %+v, %v; want %v (percent %v)", v.in, got, err, w, pct)
	}
}

func check(t *testing.T, what, in, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s(%q):\n got  %q\n want %q", what, in, got, want)
	}
}

func checkErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
