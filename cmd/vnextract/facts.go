package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vnextract/vnextract/extract"
)

// maxReuse is the largest read buffer kept for the next file: bigger ones
// (rare, up to -max-bytes) are left to the collector.
const maxReuse = 4 << 20

// factsWork is the facts command's work on one input: read it, extract
// its article. Files are read into buffers that the workers reuse: the
// article keeps nothing of the bytes it was read from.
func factsWork(x *extract.Extractor, maxBytes int64) func(input) result {
	var bufs sync.Pool // of *[]byte
	return func(in input) result {
		if in.err != nil {
			return result{in: in, err: in.err}
		}
		buf, _ := bufs.Get().(*[]byte)
		if buf == nil {
			buf = new([]byte)
		}
		b, err := loadInto(in, maxBytes, *buf)
		if err != nil {
			return result{in: in, err: err}
		}
		a, err := extractInput(x, in, b)
		r := result{in: in, article: a, err: explain(err, b)}
		if in.path != "" && cap(b) <= maxReuse {
			*buf = b[:0]
			bufs.Put(buf)
		}
		return r
	}
}

// explain adds what the command knows to the library's errors: how many
// bytes an input that gave no text had (none: an empty file).
func explain(err error, b []byte) error {
	if errors.Is(err, extract.ErrEmpty) && len(bytes.TrimSpace(b)) > 0 {
		return fmt.Errorf("%d bytes: %w", len(b), err)
	}
	return err
}

// extractInput reads an input's article with what its record knows: an
// input known to be HTML (a JSON line's "html", a text/html response) is
// read as HTML even when its content does not sniff so, one known to be
// text as text, each with its declared charset and recorded publish time.
func extractInput(x *extract.Extractor, in input, b []byte) (*extract.Article, error) {
	return x.FromRecord(b, extract.Record{Doc: in.name, Charset: in.charset, Format: in.format, Published: in.published, DateOnly: in.dateOnly})
}

// A factWriter writes the facts in one output format.
type factWriter interface {
	// article writes the facts of a (already filtered by -kinds).
	article(a *extract.Article, facts []extract.Fact) error
	close() error
}

// A factsSink is the facts command's output: the facts in the chosen
// format, and the -articles file.
type factsSink struct {
	facts    factWriter
	articles *articleFile // nil without -articles
	keep     map[extract.Kind]bool
	sum      *summary
}

func newFactsSink(c *config, w io.Writer, csvOpts csvOptions, sum *summary) (*factsSink, error) {
	s := &factsSink{keep: c.keep, sum: sum}
	var err error
	switch c.format {
	case "csv":
		s.facts, err = newCSVFacts(w, csvOpts, c.header)
	case "jsonl":
		s.facts = newJSONLFacts(w)
	case "xlsx":
		s.facts, err = newXLSXFacts(w)
	}
	if err != nil {
		return nil, err
	}
	if c.articles != "" {
		if s.articles, err = newArticleFile(c.articles, csvOpts); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *factsSink) write(r result) error {
	a := r.article
	facts := a.Facts
	if s.keep != nil {
		facts = make([]extract.Fact, 0, len(a.Facts))
		for _, f := range a.Facts {
			if s.keep[f.Kind] {
				facts = append(facts, f)
			}
		}
	}
	for _, f := range facts {
		s.sum.facts[f.Kind]++
	}
	if err := s.facts.article(a, facts); err != nil {
		return err
	}
	if s.articles != nil {
		return s.articles.write(a)
	}
	return nil
}

func (s *factsSink) close() error {
	err := s.facts.close()
	if s.articles != nil {
		if e := s.articles.close(); e != nil && err == nil {
			err = e
		}
	}
	return err
}

// csvFacts writes the facts CSV.
type csvFacts struct {
	t *csvTable
}

func newCSVFacts(w io.Writer, opts csvOptions, header bool) (*csvFacts, error) {
	var h []string
	if header {
		h = extract.Header()
	}
	t, err := newCSVTable(w, opts, h)
	if err != nil {
		return nil, err
	}
	return &csvFacts{t: t}, nil
}

// valueColumn is the index of "value" in extract.Header.
const valueColumn = 2

func (c *csvFacts) article(a *extract.Article, facts []extract.Fact) error {
	for _, f := range facts {
		kind, value := string(f.Kind), f.Value
		number := func(col int) bool { return col == valueColumn && isOurNumber(kind, value) }
		if err := c.t.write(f.Record(a.Doc), number); err != nil {
			return err
		}
	}
	// One flush per article: rows reach the output as articles are done,
	// and an interrupted run leaves whole rows.
	return c.t.flush()
}

func (c *csvFacts) close() error { return c.t.flush() }

// An articleFile is the -articles output: one row per article, CSV, or
// JSON Lines when the file name ends in .jsonl.
type articleFile struct {
	f    *os.File
	csv  *csvTable
	json *jsonLines
}

func newArticleFile(name string, opts csvOptions) (*articleFile, error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, fmt.Errorf("-articles: %v", err)
	}
	af := &articleFile{f: f}
	if strings.HasSuffix(strings.ToLower(name), ".jsonl") {
		af.json = newJSONLines(f)
		return af, nil
	}
	if af.csv, err = newCSVTable(f, opts, articleHeader()); err != nil {
		f.Close()
		return nil, err
	}
	return af, nil
}

func (af *articleFile) write(a *extract.Article) error {
	row := articleRow(a)
	if af.json != nil {
		return af.json.write(articleHeader(), row)
	}
	return af.csv.write(row, articleNumber)
}

func (af *articleFile) close() error {
	var err error
	if af.csv != nil {
		err = af.csv.flush()
	} else {
		err = af.json.flush()
	}
	if e := af.f.Close(); err == nil {
		err = e
	}
	return err
}

// articleCounted are the kinds the articles table counts, one column each.
var articleCounted = [...]extract.Kind{extract.Date, extract.Person, extract.Title, extract.Indicator, extract.Document}

// articleHeader is the header of the articles table.
func articleHeader() []string {
	return []string{"doc", "url", "headline", "published", "source", "author",
		"dates", "people", "titles", "indicators", "documents", "body_chars", "encoding"}
}

// Columns of the articles table that hold a number or date we wrote.
const (
	articlePublishedColumn = 3
	articleFirstCount      = 6
	articleBodyColumn      = 11
)

func articleNumber(col int) bool {
	return col == articlePublishedColumn || (col >= articleFirstCount && col <= articleBodyColumn)
}

// articleRow is a's row of the articles table. The counts are of every
// fact the article gave, whatever -kinds keeps.
func articleRow(a *extract.Article) []string {
	counts := map[extract.Kind]int{}
	for _, f := range a.Facts {
		counts[f.Kind]++
	}
	row := []string{a.Doc, a.URL, a.Headline, a.PublishedValue(), a.Source, a.Author}
	for _, k := range articleCounted {
		row = append(row, fmt.Sprint(counts[k]))
	}
	return append(row, fmt.Sprint(bodyChars(a)), a.Encoding)
}

// bodyChars counts the characters (runes) of the body paragraphs.
func bodyChars(a *extract.Article) int {
	n := 0
	for _, p := range a.Paragraphs {
		n += utf8.RuneCountInString(p)
	}
	return n
}
