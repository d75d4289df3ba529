package main

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/extract"
	"github.com/xuri/excelize/v2"
)

// TestXLSX writes the sample, as a page and as text, to a workbook and
// opens it with excelize: three sheets, headers frozen, the publish time
// and full dates as date cells, indicators as numbers, and one People row
// per person across the two articles.
func TestXLSX(t *testing.T) {
	out := filepath.Join(t.TempDir(), "facts.xlsx")
	r := runCLI(t, "", testTimeout, "-format", "xlsx", "-o", out,
		"../../testdata/sample/article.html", "../../testdata/sample/article.txt")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatalf("excelize cannot open the workbook: %v", err)
	}
	defer f.Close()
	if got, want := f.GetSheetList(), []string{"Articles", "Facts", "People"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("sheets %q, want %q", got, want)
	}
	for _, sheet := range f.GetSheetList() {
		panes, err := f.GetPanes(sheet)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: header row not frozen: %+v %v", sheet, panes, err)
		}
		w, err := f.GetColWidth(sheet, "A")
		if err != nil || w < 20 {
			t.Errorf("%s: column A width %v %v", sheet, w, err)
		}
	}

	facts, err := f.GetRows("Facts")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(facts[0], extract.Header()) {
		t.Errorf("Facts header %q", facts[0])
	}
	s := parseSummary(t, r.stderr)
	total := 0
	for _, v := range s.facts {
		total += v
	}
	if len(facts)-1 != total {
		t.Errorf("Facts has %d rows, the summary %d facts", len(facts)-1, total)
	}
	var sawDate, sawPublished, sawNumber bool
	for i, row := range facts[1:] {
		cell, _ := excelize.CoordinatesToCellName(valueColumn+1, i+2)
		typ, _ := f.GetCellType("Facts", cell)
		raw, _ := f.GetCellValue("Facts", cell, excelize.Options{RawCellValue: true})
		switch {
		case row[1] == "published":
			sawPublished = true
			// 2022-08-12 17:14 is Excel serial 44785.7180…
			if !strings.HasPrefix(raw, "44785.718") {
				t.Errorf("published cell %s = %q (%v), want a date-time serial 44785.718…", cell, raw, typ)
			}
			if row[valueColumn] != "2022-08-12 17:14" {
				t.Errorf("published shows %q, want 2022-08-12 17:14", row[valueColumn])
			}
		case row[1] == "date" && len(raw) > 0 && isoDate.MatchString(row[valueColumn]) && len(row[valueColumn]) == 10:
			sawDate = true
			if strings.Contains(raw, "-") {
				t.Errorf("date %s is text %q, want a date cell", cell, raw)
			}
		case row[1] == "indicator" && row[valueColumn] == "1340":
			sawNumber = true
			if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
				t.Errorf("indicator 1340 is a %v cell, want a number", typ)
			}
		}
	}
	if !sawDate || !sawPublished || !sawNumber {
		t.Errorf("date %v, published %v, indicator 1340 %v: want all three", sawDate, sawPublished, sawNumber)
	}

	articles, _ := f.GetRows("Articles")
	if len(articles) != 3 || !reflect.DeepEqual(articles[0], articleHeader()) {
		t.Errorf("Articles: %d rows, header %q", len(articles), articles[0])
	}
	people, _ := f.GetRows("People")
	found := false
	for _, row := range people[1:] {
		if row[0] == "Phạm Xuân Thăng" {
			found = true
			if row[3] != "2" || !strings.Contains(row[1], "Bí thư Tỉnh ủy") || strings.Count(row[4], "article.") != 2 {
				t.Errorf("People row %q: want 2 articles, the title Bí thư Tỉnh ủy, both docs", row)
			}
		}
	}
	if !found {
		t.Errorf("People has no Phạm Xuân Thăng: %q", people)
	}
}
