package main

import (
	"encoding/csv"
	"io"
	"regexp"
	"strings"
)

// utf8BOM makes Excel read a CSV file as UTF-8; without it Excel on
// Windows reads the bytes in the machine's code page and Vietnamese comes
// out as mojibake.
const utf8BOM = "\ufeff"

// csvOptions are the CSV flags, shared by every CSV file a run writes
// (facts, articles, errors).
type csvOptions struct {
	bom  bool // begin with a UTF-8 byte-order mark
	crlf bool // end lines with CR LF
	raw  bool // no formula-injection protection
}

// A csvTable writes the rows of one CSV file.
type csvTable struct {
	w    *csv.Writer
	opts csvOptions
}

// newCSVTable starts a CSV file on w: the BOM if asked, then header
// (none if nil).
func newCSVTable(w io.Writer, opts csvOptions, header []string) (*csvTable, error) {
	if opts.bom {
		if _, err := io.WriteString(w, utf8BOM); err != nil {
			return nil, err
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = opts.crlf
	t := &csvTable{w: cw, opts: opts}
	if header != nil {
		if err := cw.Write(header); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// write writes one row. Its text cells are protected against formula
// injection unless the options say raw; number tells the cells that hold
// a number or date vnextract wrote itself, which are left as they are
// (nil: none).
func (t *csvTable) write(rec []string, number func(col int) bool) error {
	if !t.opts.raw {
		for i, cell := range rec {
			if number != nil && number(i) {
				continue
			}
			rec[i] = protect(cell)
		}
	}
	return t.w.Write(rec)
}

// flush writes the buffered rows out and reports any write error.
func (t *csvTable) flush() error {
	t.w.Flush()
	return t.w.Error()
}

// protect neutralises a cell that a spreadsheet would run as a formula:
// one that starts with =, +, -, @, tab or carriage return gets a leading
// apostrophe, which Excel and LibreOffice read as "this is text" (OWASP,
// "CSV Injection"). The apostrophe shows in other readers; -raw turns the
// protection off.
func protect(cell string) string {
	if cell != "" && strings.IndexByte("=+-@\t\r", cell[0]) >= 0 {
		return "'" + cell
	}
	return cell
}

// plainNumber is how vnextract writes a number: digits, an optional
// minus sign and decimal part, '.' as decimal mark ("1340", "20.4",
// "-5"). A cell that is exactly that is a number to a spreadsheet, never a
// formula; "-5-3" or "-2+3" would be formulas and are protected.
var plainNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// isoDate is how vnextract writes a date, a time or a period: "2022-08-12",
// "2022-06", "2025", "2016/2020", "17:14", "2022-08-12T15:30",
// "2022-08-12T17:14:00+07:00". None starts with a formula character;
// the test is there so that a cell is exempt only when it is one.
var isoDate = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?([+-][0-9]{2}:[0-9]{2}|Z)?)?)?)?(/[0-9]{4})?$|^[0-9]{2}:[0-9]{2}$`)

// isOurNumber reports whether value, in a fact of kind k's value column,
// is a number or date vnextract wrote, which the injection protection
// leaves alone.
func isOurNumber(kind, value string) bool {
	switch kind {
	case "indicator":
		return plainNumber.MatchString(value)
	case "date", "published":
		return isoDate.MatchString(value)
	}
	return false
}
