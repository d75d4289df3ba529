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
		content, in.format = *rec.HTML, formatHTML
	case rec.Text != nil:
		content, in.format = *rec.Text, formatText
	default:
		in.err = errors.New(`no "html" or "text" field`)
		return in
	}
	in.data, in.charset = recordBytes(content, rec.Charset)
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
