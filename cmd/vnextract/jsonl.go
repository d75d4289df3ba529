package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/vnextract/vnextract/extract"
)

// jsonlLineFactor bounds a JSON line at this many times -max-bytes: JSON
// escaping can make a page six times longer (Python's json.dumps writes
// every Vietnamese letter as \uXXXX, six bytes for one or two in UTF-8).
const jsonlLineFactor = 6

// A jsonRecord is one line of a crawler's JSON Lines. Fields other than
// these are ignored.
type jsonRecord struct {
	URL     string  `json:"url"`
	HTML    *string `json:"html"`
	Text    *string `json:"text"`
	Charset string  `json:"charset"`
	// The publish time, under the names crawlers give it (news-please's
	// "date_publish", trafilatura's "date", schema.org's "datePublished"):
	// a string or Unix seconds. Raw, so that a form not understood costs
	// a warning, not the record.
	Published     json.RawMessage `json:"published"`
	PublishedAt   json.RawMessage `json:"published_at"`
	DatePublish   json.RawMessage `json:"date_publish"`
	DatePublished json.RawMessage `json:"datePublished"`
	PubDate       json.RawMessage `json:"pub_date"`
	Date          json.RawMessage `json:"date"`
}

// published returns the record's publish time field, the first of its
// names that is set, or nil.
func (rec *jsonRecord) published() json.RawMessage {
	for _, f := range []json.RawMessage{rec.Published, rec.PublishedAt, rec.DatePublish, rec.DatePublished, rec.PubDate, rec.Date} {
		if len(f) > 0 && string(f) != "null" && string(f) != `""` {
			return f
		}
	}
	return nil
}

// vietnam is the zone of a recorded publish time written without one.
var vietnam = time.FixedZone("+07", 7*60*60)

// publishLayouts are the forms of a recorded publish time read, with
// whether they hold a time of day. A form without a zone is Vietnam's
// time; a date with slashes is day first, as Vietnamese sites write it.
var publishLayouts = []struct {
	layout string
	clock  bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04:05", true},
	{"2006-01-02T15:04", true},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02 15:04:05", true},
	{"2006-01-02 15:04", true},
	{"2006-01-02", false},
	{"02/01/2006 15:04:05", true},
	{"02/01/2006 15:04", true},
	{"02/01/2006", false},
}

// parsePublished reads a recorded publish time: a JSON string in one of
// publishLayouts, or a number of seconds (or milliseconds) since 1970.
func parsePublished(raw json.RawMessage) (t time.Time, dateOnly bool, err error) {
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		sec, err := n.Int64()
		if err != nil {
			return time.Time{}, false, fmt.Errorf("not a whole number of seconds: %s", n)
		}
		if sec > 1e11 {
			sec /= 1000 // milliseconds
		}
		t = time.Unix(sec, 0)
	} else {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return time.Time{}, false, errors.New("neither a string nor a number")
		}
		s = strings.TrimSpace(s)
		ok := false
		for _, l := range publishLayouts {
			if t, err = time.ParseInLocation(l.layout, s, vietnam); err == nil {
				ok, dateOnly = true, !l.clock
				break
			}
		}
		if !ok {
			return time.Time{}, false, fmt.Errorf("%q is in no form read (2024-11-06T20:25:00+07:00, 2024-11-06 20:25, 2024-11-06, 06/11/2024)", s)
		}
	}
	if y := t.Year(); y < 1990 || y > 2100 {
		return time.Time{}, false, fmt.Errorf("year %d is out of range", y)
	}
	return t, dateOnly, nil
}

// jsonlFile feeds the records of a JSON Lines file (gzipped when its name
// ends in .gz).
func (f *feeder) jsonlFile(path string, put func(input) bool) bool {
	fh, err := os.Open(path)
	if err != nil {
		return put(input{name: path, err: unwrapPath(err)})
	}
	defer fh.Close()
	var r io.Reader = fh
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		zr, err := gzip.NewReader(fh)
		if err != nil {
			return put(input{name: path, err: fmt.Errorf("gzip: %v", err)})
		}
		r = zr
	}
	return f.jsonl(r, path, put)
}

// jsonl feeds one input per non-blank line of r. A line that is not a
// JSON object with "html" or "text", or that is too long, is an input
// that failed, named by its line number; the lines after it are read.
func (f *feeder) jsonl(r io.Reader, name string, put func(input) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	limit := f.maxBytes*jsonlLineFactor + 64<<10
	for n := 1; ; n++ {
		line, long, err := readLine(br, limit)
		origin := fmt.Sprintf("%s:%d", name, n)
		switch {
		case long:
			if !put(input{name: origin, err: fmt.Errorf("line longer than %d bytes (see -max-bytes)", limit)}) {
				return false
			}
		case len(bytes.TrimSpace(line)) > 0:
			if !put(f.jsonInput(line, origin)) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return put(input{name: origin, err: unwrapPath(err)})
		}
	}
}

// jsonInput reads one JSON line into an input.
func (f *feeder) jsonInput(line []byte, origin string) input {
	var rec jsonRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return input{name: origin, err: fmt.Errorf("broken JSON: %v", err)}
	}
	in := input{name: origin, origin: origin, charset: rec.Charset}
	if rec.URL != "" {
		in.name = rec.URL
	}
	var content string
	switch {
	case rec.HTML != nil:
		content, in.format = *rec.HTML, extract.FormatHTML
	case rec.Text != nil:
		content, in.format = *rec.Text, extract.FormatText
	default:
		in.err = errors.New(`no "html" or "text" field`)
		return in
	}
	in.data, in.charset = recordBytes(content, rec.Charset)
	if raw := rec.published(); raw != nil {
		if t, dateOnly, err := parsePublished(raw); err != nil {
			in.warn = fmt.Errorf("publish time not read, ignored: %v", err)
		} else {
			in.published, in.dateOnly = t, dateOnly
		}
	}
	if int64(len(in.data)) > f.maxBytes {
		in.data, in.err = nil, tooLarge(int64(len(in.data)), f.maxBytes)
	}
	return in
}

// recordBytes turns a JSON string back into the page's bytes. A JSON
// string is Unicode already, so it is read as UTF-8, except in one case:
// a crawler that stored a page in a legacy code page (declared in
// "charset") after decoding it as Latin-1 leaves only runes up to U+00FF,
// which are the page's original bytes.
func recordBytes(s, charset string) ([]byte, string) {
	cs := strings.ToLower(strings.TrimSpace(charset))
	if cs == "" || cs == "utf-8" || cs == "utf8" {
		return []byte(s), "utf-8"
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xff {
			return []byte(s), "utf-8"
		}
		b = append(b, byte(r))
	}
	return b, charset
}

// readLine returns the next line of br without its end. A line longer
// than limit is skipped to its end and reported by long. err is io.EOF
// after the last line.
func readLine(br *bufio.Reader, limit int64) (line []byte, long bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		if !long {
			if int64(len(line)+len(chunk)) > limit {
				long, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(e, bufio.ErrBufferFull) {
			continue
		}
		if e == nil {
			line = bytes.TrimSuffix(line, []byte("\n"))
		}
		if e == io.EOF && len(line) == 0 && !long {
			return nil, false, io.EOF
		}
		return line, long, e
	}
}
