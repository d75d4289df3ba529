package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/vnextract/vnextract/extract"
	"github.com/xuri/excelize/v2"
)

// Sheet names of the workbook.
const (
	sheetArticles = "Articles"
	sheetFacts    = "Facts"
	sheetPeople   = "People"
)

// maxCellChars is Excel's limit on the characters of one cell.
const maxCellChars = 32767

// maxExactDigits is the most digits a spreadsheet number keeps exactly (a
// float64 has 15 to 17 significant digits); longer numbers stay text.
const maxExactDigits = 15

// xlsxFacts writes the workbook: the Articles and Facts sheets row by row
// through excelize's stream writers (which spill to temporary files, so
// memory stays flat), and the People sheet, gathered across the batch, at
// the end. Cells are typed, so no formula-injection protection is needed:
// a text cell is never run as a formula.
type xlsxFacts struct {
	w        io.Writer
	f        *excelize.File
	articles *xlsxSheet
	facts    *xlsxSheet
	people   map[string]*personRow
	styles   xlsxStyles
}

type xlsxStyles struct {
	header, date, dateTime int
}

// An xlsxSheet is a sheet being streamed.
type xlsxSheet struct {
	name string
	sw   *excelize.StreamWriter
	rows int
}

func newXLSXFacts(w io.Writer) (*xlsxFacts, error) {
	f := excelize.NewFile()
	x := &xlsxFacts{w: w, f: f, people: map[string]*personRow{}}
	var err error
	dateFmt, dateTimeFmt := "yyyy-mm-dd", "yyyy-mm-dd hh:mm"
	if x.styles.header, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}}); err != nil {
		return nil, err
	}
	if x.styles.date, err = f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt}); err != nil {
		return nil, err
	}
	if x.styles.dateTime, err = f.NewStyle(&excelize.Style{CustomNumFmt: &dateTimeFmt}); err != nil {
		return nil, err
	}
	if err := f.SetSheetName("Sheet1", sheetArticles); err != nil {
		return nil, err
	}
	for _, name := range []string{sheetFacts, sheetPeople} {
		if _, err := f.NewSheet(name); err != nil {
			return nil, err
		}
	}
	x.articles, err = x.newSheet(sheetArticles, articleHeader(),
		[]float64{40, 40, 50, 18, 20, 20, 8, 8, 8, 10, 10, 10, 12})
	if err != nil {
		return nil, err
	}
	x.facts, err = x.newSheet(sheetFacts, extract.Header(),
		[]float64{40, 10, 24, 16, 22, 40, 30, 80})
	if err != nil {
		return nil, err
	}
	return x, nil
}

// newSheet starts streaming a sheet: column widths, the header row in
// bold, frozen.
func (x *xlsxFacts) newSheet(name string, header []string, widths []float64) (*xlsxSheet, error) {
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		return nil, err
	}
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	s := &xlsxSheet{name: name, sw: sw}
	cells := make([]any, len(header))
	for i, h := range header {
		cells[i] = excelize.Cell{StyleID: x.styles.header, Value: h}
	}
	return s, s.add(cells)
}

// errSheetFull is returned when a sheet has as many rows as Excel allows.
var errSheetFull = errors.New("sheet full")

func (s *xlsxSheet) add(cells []any) error {
	if s.rows >= excelize.TotalRows {
		return fmt.Errorf("xlsx: sheet %s: %w (%d rows, Excel's limit); use -format csv or jsonl for a batch this large", s.name, errSheetFull, excelize.TotalRows)
	}
	s.rows++
	cell, err := excelize.CoordinatesToCellName(1, s.rows)
	if err != nil {
		return err
	}
	return s.sw.SetRow(cell, cells)
}

func (x *xlsxFacts) article(a *extract.Article, facts []extract.Fact) error {
	row := articleRow(a)
	cells := make([]any, len(row))
	for i, v := range row {
		switch {
		case i == articlePublishedColumn:
			cells[i] = x.dateCell(v)
		case i >= articleFirstCount && i <= articleBodyColumn:
			n, _ := strconv.Atoi(v)
			cells[i] = n
		default:
			cells[i] = v
		}
	}
	if err := x.articles.add(cells); err != nil {
		return err
	}
	for _, f := range facts {
		rec := f.Record(a.Doc)
		cells := make([]any, len(rec))
		for i, v := range rec {
			cells[i] = v
		}
		cells[valueColumn] = x.valueCell(f.Kind, f.Value)
		if err := x.facts.add(cells); err != nil {
			return err
		}
		if f.Kind == extract.Person {
			x.addPerson(a, f)
		}
	}
	return nil
}

// valueCell is a fact's value as a typed cell: a date or date-time for a
// full date, a number for an indicator that is a plain number, else text.
func (x *xlsxFacts) valueCell(kind extract.Kind, v string) any {
	switch kind {
	case extract.Date, extract.Published:
		return x.dateCell(v)
	case extract.Indicator:
		if plainNumber.MatchString(v) && digits(v) <= maxExactDigits {
			if n, err := strconv.ParseFloat(v, 64); err == nil {
				return n
			}
		}
	}
	return v
}

// dateCell turns "2022-08-12", "2022-08-12T15:30" or
// "2022-08-12T17:14:00+07:00" into a date cell showing the time as
// written (Vietnam's wall clock: a spreadsheet has no time zones); other
// values ("2022-06", "2016/2020", "17:14") stay text.
func (x *xlsxFacts) dateCell(v string) any {
	for _, layout := range [...]string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		t, err := time.Parse(layout, v)
		if err != nil {
			continue
		}
		wall := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
		style := x.styles.dateTime
		if layout == "2006-01-02" {
			style = x.styles.date
		}
		return excelize.Cell{StyleID: style, Value: wall}
	}
	return v
}

// A personRow is one person of the People sheet, gathered across the
// batch.
type personRow struct {
	name     string
	titles   []string
	mentions int // times the full name occurs in the articles' text
	articles int
	docs     strings.Builder // the docs, "; "-separated, up to maxCellChars
	moreDocs int             // docs left out of the cell
}

func (x *xlsxFacts) addPerson(a *extract.Article, f extract.Fact) {
	p := x.people[f.Value]
	if p == nil {
		p = &personRow{name: f.Value}
		x.people[f.Value] = p
	}
	for _, t := range strings.Split(f.Detail, "; ") {
		if t != "" && !contains(p.titles, t) {
			p.titles = append(p.titles, t)
		}
	}
	n := strings.Count(a.Headline, f.Value)
	for _, para := range a.Paragraphs {
		n += strings.Count(para, f.Value)
	}
	p.mentions += max(n, 1)
	p.articles++
	if p.docs.Len()+len(a.Doc)+2 > maxCellChars-32 { // room for "; … N more"
		p.moreDocs++
		return
	}
	if p.docs.Len() > 0 {
		p.docs.WriteString("; ")
	}
	p.docs.WriteString(a.Doc)
}

// digits counts the digits of a plain number.
func digits(v string) int {
	return len(v) - strings.Count(v, "-") - strings.Count(v, ".")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// close writes the People sheet, flushes the sheets and writes the
// workbook.
func (x *xlsxFacts) close() error {
	defer x.f.Close()
	people, err := x.newSheet(sheetPeople, []string{"name", "titles", "mentions", "articles", "docs"},
		[]float64{28, 60, 10, 10, 80})
	if err != nil {
		return err
	}
	rows := make([]*personRow, 0, len(x.people))
	for _, p := range x.people {
		rows = append(rows, p)
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].mentions != rows[j].mentions {
			return rows[i].mentions > rows[j].mentions
		}
		return rows[i].name < rows[j].name
	})
	var fullErr error
	for _, p := range rows {
		docs := p.docs.String()
		if p.moreDocs > 0 {
			docs += fmt.Sprintf("; … %d more", p.moreDocs)
		}
		if err := people.add([]any{p.name, strings.Join(p.titles, "; "), p.mentions, p.articles, docs}); err != nil {
			fullErr = err
			break
		}
	}
	for _, s := range []*xlsxSheet{x.articles, x.facts, people} {
		if err := s.sw.Flush(); err != nil {
			return err
		}
	}
	if _, err := x.f.WriteTo(x.w); err != nil {
		return err
	}
	return fullErr
}
