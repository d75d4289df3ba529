package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/vnextract/vnextract/extract"
)

// An input is one document: a file to read, or bytes already read from
// standard input, a JSON line or a WARC record. An input whose err is set
// failed before it could be read (a broken JSON line, a file that cannot
// be opened); it is reported in its place in the run.
type input struct {
	name    string // the doc column: the path, the URL, "<stdin>"
	origin  string // where a record came from ("pages.jsonl:12", "crawl.warc.gz@1234"); "" for a file
	path    string // the file to read; "" when data holds the content
	data    []byte
	charset string // declared by the record ("" if none)
	// format is HTML for a JSON line's "html" or a text/html response,
	// text for a "text" or a text/plain response; auto for a file.
	format    extract.Format
	published time.Time // the publish time a JSON line recorded; zero if none
	dateOnly  bool      // published has no time of day
	err       error
	warn      error // a problem that does not stop the extraction (a truncated WARC record)
}

// label names the input in messages: its name, and where it came from.
func (in input) label() string {
	if in.origin == "" || in.origin == in.name {
		return in.name
	}
	return in.name + " (" + in.origin + ")"
}

// A feeder turns the command line's paths into inputs, one at a time, so
// that a run over a million files holds one directory's names at most.
type feeder struct {
	includes []string // lower-case patterns of the base names a walk reads
	maxBytes int64
	stdin    io.Reader
	skipped  atomic.Int64 // WARC records that are not pages (requests, images, redirects)
}

// feed sends the inputs of paths to put, in order, and stops early when
// put returns false.
func (f *feeder) feed(paths []string, put func(input) bool) {
	for _, p := range paths {
		if !f.path(p, put) {
			return
		}
	}
}

// path feeds one command-line path: "-", a file, a directory or a glob.
func (f *feeder) path(p string, put func(input) bool) bool {
	if p == "-" {
		return f.stdinInputs(put)
	}
	st, err := os.Stat(p)
	if err != nil && errors.Is(err, fs.ErrNotExist) && hasGlobMeta(p) {
		matches, gerr := filepath.Glob(p)
		switch {
		case gerr != nil:
			return put(input{name: p, err: gerr})
		case len(matches) == 0:
			return put(input{name: p, err: errors.New("no file matches the pattern")})
		}
		for _, m := range matches {
			if !f.path(m, put) {
				return false
			}
		}
		return true
	}
	if err != nil {
		return put(input{name: p, err: unwrapPath(err)})
	}
	if st.IsDir() {
		return f.walk(p, put)
	}
	return f.file(p, put)
}

func hasGlobMeta(p string) bool { return strings.ContainsAny(p, "*?[") }

// walk feeds the files under dir whose names match the include patterns,
// in lexical order (filepath.WalkDir reads one directory at a time).
func (f *feeder) walk(dir string, put func(input) bool) bool {
	more := true
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			more = put(input{name: path, err: unwrapPath(err)})
		} else if !d.IsDir() && (d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0) && f.included(d.Name()) {
			more = f.file(path, put)
		}
		if !more {
			return filepath.SkipAll
		}
		if err != nil && d != nil && d.IsDir() {
			return filepath.SkipDir
		}
		return nil
	})
	return more
}

func (f *feeder) included(name string) bool {
	name = strings.ToLower(name)
	for _, p := range f.includes {
		if ok, _ := filepath.Match(p, name); ok {
			return true
		}
	}
	return false
}

// file feeds a file: a page, or the records of a JSON Lines or WARC file.
func (f *feeder) file(path string, put func(input) bool) bool {
	switch containerOf(path) {
	case containerJSONL:
		return f.jsonlFile(path, put)
	case containerWARC:
		return f.warcFile(path, put)
	}
	return put(input{name: path, path: path})
}

// A container is a file that holds many inputs.
type container int

const (
	containerNone container = iota
	containerJSONL
	containerWARC
)

func containerOf(path string) container {
	lower := strings.ToLower(path)
	lower = strings.TrimSuffix(lower, ".gz")
	switch {
	case strings.HasSuffix(lower, ".jsonl"), strings.HasSuffix(lower, ".ndjson"):
		return containerJSONL
	case strings.HasSuffix(lower, ".warc"):
		return containerWARC
	}
	return containerNone
}

// stdinInputs feeds standard input: JSON Lines or WARC when it sniffs so
// (that is how Hadoop Streaming and Spark pipe() hand records over), else
// one page.
func (f *feeder) stdinInputs(put func(input) bool) bool {
	const name = "<stdin>"
	br := bufio.NewReaderSize(f.stdin, 64<<10)
	switch sniffStream(br) {
	case containerJSONL:
		return f.jsonl(br, name, put)
	case containerWARC:
		return f.warc(br, name, put)
	}
	b, err := readLimited(br, f.maxBytes)
	if err != nil {
		return put(input{name: name, err: err})
	}
	return put(input{name: name, data: b})
}

// sniffStream tells JSON Lines ("{" first) and WARC ("WARC/" first, or a
// gzip member holding it) from a page. It reads nothing it does not give
// back.
func sniffStream(br *bufio.Reader) container {
	head, _ := br.Peek(4096)
	trimmed := bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	switch {
	case bytes.HasPrefix(trimmed, []byte("{")):
		return containerJSONL
	case bytes.HasPrefix(head, []byte("WARC/")):
		return containerWARC
	case len(head) > 2 && head[0] == 0x1f && head[1] == 0x8b:
		zr, err := gzip.NewReader(bytes.NewReader(head))
		if err != nil {
			return containerNone
		}
		inner := make([]byte, 5)
		n, _ := io.ReadFull(zr, inner)
		if bytes.Equal(inner[:n], []byte("WARC/")) {
			return containerWARC
		}
	}
	return containerNone
}

// load returns an input's bytes: the data it carries, or its file read
// whole. A file larger than max bytes is refused before it is read.
func load(in input, max int64) ([]byte, error) { return loadInto(in, max, nil) }

// loadInto is load reading a file into buf when it is large enough.
func loadInto(in input, max int64, buf []byte) ([]byte, error) {
	if in.path == "" {
		return in.data, nil
	}
	fh, err := os.Open(in.path)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, unwrapPath(err)
	}
	if st.IsDir() {
		return nil, errors.New("is a directory")
	}
	if !st.Mode().IsRegular() {
		return readLimited(fh, max) // a pipe or device: no size to go by
	}
	if st.Size() > max {
		return nil, tooLarge(st.Size(), max)
	}
	// One read of the known size (io.ReadAll would grow its buffer from
	// 512 bytes, a dozen reads for a news page); the file may have grown
	// since, which the last read catches.
	b := buf[:cap(buf)]
	if int64(len(b)) < st.Size()+1 {
		b = make([]byte, st.Size()+1)
	} else {
		b = b[:st.Size()+1]
	}
	n, err := io.ReadFull(fh, b)
	switch {
	case err == io.ErrUnexpectedEOF || err == io.EOF:
		return b[:n], nil
	case err != nil:
		return nil, unwrapPath(err)
	}
	if int64(n) > max {
		return nil, tooLarge(-1, max)
	}
	rest, err := io.ReadAll(io.LimitReader(fh, max-int64(n)+1))
	switch {
	case err != nil:
		return nil, unwrapPath(err)
	case int64(n+len(rest)) > max:
		return nil, tooLarge(-1, max)
	}
	return append(b, rest...), nil
}

// readLimited reads r whole, refusing more than max bytes.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, unwrapPath(err)
	}
	if int64(len(b)) > max {
		return nil, tooLarge(-1, max)
	}
	return b, nil
}

func tooLarge(size, max int64) error {
	if size < 0 {
		return fmt.Errorf("larger than %d bytes (see -max-bytes)", max)
	}
	return fmt.Errorf("%d bytes, larger than %d (see -max-bytes)", size, max)
}

// unwrapPath drops the *PathError wrapper, whose path the caller prints.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
