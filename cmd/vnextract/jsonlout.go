package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/vnextract/vnextract/extract"
)

// jsonLines writes one JSON object a line, keys in the order given (the
// CSV header's), values as strings: the CSV contract, one record a line,
// which line-based tools (Hadoop Streaming, Spark pipe(), jq) split
// safely whatever the text holds.
type jsonLines struct {
	w   *bufio.Writer
	buf bytes.Buffer
}

func newJSONLines(w io.Writer) *jsonLines {
	return &jsonLines{w: bufio.NewWriterSize(w, 64<<10)}
}

// write writes the object {keys[i]: values[i]}.
func (j *jsonLines) write(keys, values []string) error {
	j.buf.Reset()
	j.buf.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			j.buf.WriteByte(',')
		}
		writeJSONString(&j.buf, k)
		j.buf.WriteByte(':')
		writeJSONString(&j.buf, values[i])
	}
	j.buf.WriteString("}\n")
	_, err := j.w.Write(j.buf.Bytes())
	return err
}

func (j *jsonLines) flush() error { return j.w.Flush() }

// writeJSONString writes s as a JSON string, leaving <, > and & as they
// are (they are text here, not HTML).
func writeJSONString(buf *bytes.Buffer, s string) {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s)               // a string always encodes
	buf.Truncate(buf.Len() - 1) // Encode's newline
}

// jsonlFacts writes the facts as JSON Lines, one fact a line, with the
// CSV's columns as keys.
type jsonlFacts struct {
	j      *jsonLines
	header []string
}

func newJSONLFacts(w io.Writer) *jsonlFacts {
	return &jsonlFacts{j: newJSONLines(w), header: extract.Header()}
}

func (o *jsonlFacts) article(a *extract.Article, facts []extract.Fact) error {
	for _, f := range facts {
		if err := o.j.write(o.header, f.Record(a.Doc)); err != nil {
			return err
		}
	}
	return o.j.flush()
}

func (o *jsonlFacts) close() error { return o.j.flush() }
