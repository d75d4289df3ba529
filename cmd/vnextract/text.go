package main

import (
	"io"
	"strings"

	"github.com/vnextract/vnextract/extract"
	"github.com/vnextract/vnextract/normalize"
)

// textWork is the text command's work on one input: its cleaned article,
// the headline, a blank line, then the paragraphs one per line.
func textWork(x *extract.Extractor, maxBytes int64) func(input) result {
	return func(in input) result {
		if in.err != nil {
			return result{in: in, err: in.err}
		}
		b, err := load(in, maxBytes)
		if err != nil {
			return result{in: in, err: err}
		}
		a, err := extractInput(x, in, b)
		if err != nil {
			return result{in: in, err: explain(err, b)}
		}
		var sb strings.Builder
		sb.WriteString(a.Headline)
		sb.WriteString("\n\n")
		for _, p := range a.Paragraphs {
			sb.WriteString(p)
			sb.WriteString("\n")
		}
		return result{in: in, out: []byte(sb.String())}
	}
}

// normalizeWork is the normalize command's work on one input: the input
// decoded to UTF-8 and normalised.
func normalizeWork(tone normalize.Tone, maxBytes int64) func(input) result {
	opts := normalize.DefaultOptions()
	opts.Tone = tone
	return func(in input) result {
		if in.err != nil {
			return result{in: in, err: in.err}
		}
		b, err := load(in, maxBytes)
		if err != nil {
			return result{in: in, err: err}
		}
		text, _, err := normalize.Decode(b, in.charset)
		if err != nil {
			return result{in: in, err: err}
		}
		return result{in: in, out: []byte(opts.String(text))}
	}
}

// A textSink writes the text outputs in input order. The text command's
// articles are separated by a blank line; normalize's outputs follow one
// another as they are.
type textSink struct {
	w       io.Writer
	plain   bool // no separator (normalize)
	written bool
}

func (s *textSink) write(r result) error {
	if s.written && !s.plain {
		if _, err := io.WriteString(s.w, "\n"); err != nil {
			return err
		}
	}
	s.written = true
	_, err := s.w.Write(r.out)
	return err
}

func (s *textSink) close() error { return nil }
