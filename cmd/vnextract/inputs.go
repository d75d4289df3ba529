package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// An input is one document to read: a file, or standard input.
type input struct {
	name string // as reported: the path, or "<stdin>"
	path string // "-" for standard input
}

// inputExtensions are the files a directory walk picks up.
var inputExtensions = [...]string{".html", ".htm", ".txt"}

// expand turns the command line's paths into inputs: a directory becomes
// its files with an input extension, in lexical order. A path that cannot
// be read is reported and skipped; errs counts them.
func expand(paths []string, stderr io.Writer) (inputs []input, errs int) {
	for _, p := range paths {
		if p == "-" {
			inputs = append(inputs, input{name: "<stdin>", path: "-"})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			fmt.Fprintf(stderr, "vnextract: %s: %v\n", p, unwrapPath(err))
			errs++
			continue
		}
		if !st.IsDir() {
			inputs = append(inputs, input{name: p, path: p})
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(stderr, "vnextract: %s: %v\n", path, unwrapPath(err))
				errs++
				return nil
			}
			if !d.IsDir() && hasInputExtension(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "vnextract: %s: %v\n", p, err)
			errs++
		}
		sort.Strings(found)
		for _, f := range found {
			inputs = append(inputs, input{name: f, path: f})
		}
	}
	return inputs, errs
}

func hasInputExtension(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range inputExtensions {
		if ext == e {
			return true
		}
	}
	return false
}

// unwrapPath drops the *PathError wrapper, whose path the caller prints.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// read reads an input whole, refusing one larger than max bytes.
func (j *job) read(in input, max int64) ([]byte, error) {
	var r io.Reader = j.stdin
	if in.path != "-" {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, unwrapPath(err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, unwrapPath(err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("larger than %d bytes (see -max-bytes)", max)
	}
	return b, nil
}
