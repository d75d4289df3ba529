package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/vnextract/vnextract/extract"
	"github.com/vnextract/vnextract/normalize"
)

// defaultMaxBytes bounds one input: 20 MB is ten times the largest news
// page of the test corpus, and keeps a stray video or archive out.
const defaultMaxBytes = 20 << 20

// facts writes the facts CSV of every input.
func (j *job) facts(paths []string, w io.Writer) int {
	inputs, bad := expand(paths, j.stderr)
	code := exitOK
	if bad > 0 {
		code = exitFailed
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(extract.Header()); err != nil {
		return j.report("output", err)
	}
	for _, in := range inputs {
		b, err := j.read(in, defaultMaxBytes)
		if err != nil {
			code = j.report(in.name, err)
			continue
		}
		a, err := j.x.FromBytes(b, in.name, "")
		if err != nil {
			code = j.report(in.name, err)
			continue
		}
		for _, warn := range a.Warnings {
			fmt.Fprintf(j.stderr, "vnextract: %s: warning: %v\n", in.name, warn)
		}
		doc := a.Doc
		for _, f := range a.Facts {
			if err := cw.Write(f.Record(doc)); err != nil {
				return j.report("output", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return j.report("output", err)
	}
	return code
}

// text writes every input's cleaned article: the headline, a blank line,
// the paragraphs one per line; articles are separated by a blank line.
func (j *job) text(paths []string, w io.Writer) int {
	inputs, bad := expand(paths, j.stderr)
	code := exitOK
	if bad > 0 {
		code = exitFailed
	}
	for i, in := range inputs {
		b, err := j.read(in, defaultMaxBytes)
		if err != nil {
			code = j.report(in.name, err)
			continue
		}
		a, err := j.x.FromBytes(b, in.name, "")
		if err != nil {
			code = j.report(in.name, err)
			continue
		}
		var sb strings.Builder
		if i > 0 {
			sb.WriteString("\n")
		}
		sb.WriteString(a.Headline)
		sb.WriteString("\n\n")
		for _, p := range a.Paragraphs {
			sb.WriteString(p)
			sb.WriteString("\n")
		}
		if _, err := io.WriteString(w, sb.String()); err != nil {
			return j.report("output", err)
		}
	}
	return code
}

// normalize writes every input decoded to UTF-8 and normalised.
func (j *job) normalize(paths []string, w io.Writer) int {
	inputs, bad := expand(paths, j.stderr)
	code := exitOK
	if bad > 0 {
		code = exitFailed
	}
	opts := normalize.DefaultOptions()
	opts.Tone = j.tone
	for _, in := range inputs {
		b, err := j.read(in, defaultMaxBytes)
		if err != nil {
			code = j.report(in.name, err)
			continue
		}
		text, _, err := normalize.Decode(b, "")
		if err != nil {
			code = j.report(in.name, err)
			continue
		}
		if _, err := io.WriteString(w, opts.String(text)); err != nil {
			return j.report("output", err)
		}
	}
	return code
}
