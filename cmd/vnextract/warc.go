package main

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"os"
	"strconv"
	"strings"

	"github.com/nlnwa/gowarc/v3"
	"github.com/vnextract/vnextract/extract"
)

// warcOptions are how vnextract reads WARC records: syntax and
// specification problems (a missing CR, a wrong digest) are noted, not
// fatal, since crawlers write them, and the reader resynchronises on the
// next record after one it cannot parse.
func warcOptions() []gowarc.WarcRecordOption {
	return []gowarc.WarcRecordOption{
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
	}
}

// warcFile feeds the pages of a WARC file, plain or gzipped.
func (f *feeder) warcFile(path string, put func(input) bool) bool {
	fh, err := os.Open(path)
	if err != nil {
		return put(input{name: path, err: unwrapPath(err)})
	}
	defer fh.Close()
	var r io.Reader = fh
	if wholeGzip(fh) {
		// "gzip crawl.warc" makes one gzip member of the whole file, where
		// the standard has one per record; gowarc reads the first record
		// of a member only, so the file is decompressed here instead.
		zr, err := gzip.NewReader(fh)
		if err != nil {
			return put(input{name: path, err: fmt.Errorf("gzip: %v", err)})
		}
		r = zr
	}
	return f.warc(r, path, put)
}

// wholeGzip reports whether fh is gzipped as one member holding more than
// one record, and rewinds fh. It reads the first record only.
func wholeGzip(fh *os.File) bool {
	defer fh.Seek(0, io.SeekStart)
	zr, err := gzip.NewReader(fh)
	if err != nil {
		return false
	}
	zr.Multistream(false)
	br := bufio.NewReader(zr)
	length := int64(-1)
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			return false
		}
		line = strings.TrimSpace(line)
		if line == "" {
			break
		}
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "Content-Length") {
			length, _ = strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		}
	}
	if length < 0 {
		return false
	}
	if _, err := br.Discard(int(min(length, 1<<40))); err != nil {
		return false
	}
	rest, _ := br.Peek(64)
	return strings.Contains(string(rest), "WARC/")
}

// warc feeds one input per HTML or text response (or resource) record of
// r. Other records (requests, metadata, images, redirects) are skipped and
// counted. A record that cannot be parsed is an input that failed, named by
// its offset; reading goes on at the next record.
func (f *feeder) warc(r io.Reader, name string, put func(input) bool) bool {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0, warcOptions()...)
	if err != nil {
		return put(input{name: name, err: err})
	}
	defer wr.Close()
	broken := false      // the previous record was broken: report a run of them once
	lastBad := int64(-1) // offset of the last broken record, to stop if no progress is made
	for {
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil && !broken {
			return true
		}
		if err != nil {
			origin := fmt.Sprintf("%s@%d", name, rec.Offset)
			stuck := rec.Offset == lastBad
			lastBad = rec.Offset
			if !broken {
				if !put(input{name: origin, err: fmt.Errorf("broken WARC record at offset %d: %v", rec.Offset, err)}) {
					rec.Close()
					return false
				}
			}
			broken = true
			rec.Close()
			if stuck || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return true
			}
			continue
		}
		broken = false
		in, ok := f.warcInput(rec, name)
		rec.Close()
		switch {
		case ok:
			if !put(in) {
				return false
			}
		case unusable(rec):
			err := fmt.Errorf("broken WARC record at offset %d: %s", rec.Offset, describe(rec.Validation))
			if !put(input{name: fmt.Sprintf("%s@%d", name, rec.Offset), err: err}) {
				return false
			}
		default:
			f.skipped.Add(1)
		}
	}
}

// unusable reports whether a record that gave no page is broken rather
// than of a kind that holds none: its header could not be read (no known
// WARC-Type, a required field missing), or its Content-Length does not
// match what follows (a cut record, or one that swallowed the next).
func unusable(rec gowarc.Record) bool {
	switch rec.WarcRecord.Type() {
	case gowarc.Warcinfo, gowarc.Response, gowarc.Resource, gowarc.Request,
		gowarc.Metadata, gowarc.Revisit, gowarc.Conversion, gowarc.Continuation:
	default:
		return true
	}
	for _, v := range rec.Validation {
		var cl *gowarc.ContentLengthError
		var hf *gowarc.HeaderFieldError
		switch {
		case errors.As(v, &cl):
			return true
		case errors.As(v, &hf) && strings.HasPrefix(hf.Msg, "missing required field"):
			return true
		}
	}
	return false
}

// maxDescribed is how many of a record's validation errors a report
// gives.
const maxDescribed = 3

// describe joins a record's validation errors for a report.
func describe(errs []error) string {
	var parts []string
	for i, e := range errs {
		if i == maxDescribed {
			parts = append(parts, fmt.Sprintf("and %d more", len(errs)-i))
			break
		}
		parts = append(parts, e.Error())
	}
	if len(parts) == 0 {
		return "unreadable"
	}
	return strings.Join(parts, "; ")
}

// warcInput turns a record into an input; ok is false for a record that
// holds no page.
func (f *feeder) warcInput(rec gowarc.Record, name string) (in input, ok bool) {
	wr := rec.WarcRecord
	origin := fmt.Sprintf("%s@%d", name, rec.Offset)
	in = input{name: origin, origin: origin}
	if u := strings.Trim(wr.WarcHeader().Get(gowarc.WarcTargetURI), "<> "); u != "" {
		in.name = u
	}
	for _, v := range rec.Validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) {
			in.warn = fmt.Errorf("WARC record truncated: %v", v)
		}
	}
	var body io.Reader
	var mediaType string
	header := http.Header{}
	switch wr.Type() {
	case gowarc.Response:
		block, isHTTP := wr.Block().(gowarc.HttpResponseBlock)
		if !isHTTP {
			return in, false
		}
		if code := block.HttpStatusCode(); code < 200 || code > 299 {
			return in, false
		}
		if h := block.HttpHeader(); h != nil {
			header = h.Clone()
		}
		// net/http moves Transfer-Encoding out of the header it parses.
		if chunkedTransfer(block.ProtocolHeaderBytes()) {
			header.Set("Transfer-Encoding", "chunked")
		}
		mediaType = header.Get("Content-Type")
		r, err := block.PayloadBytes()
		if err != nil {
			in.err = err
			return in, true
		}
		body = r
	case gowarc.Resource, gowarc.Conversion:
		mediaType = wr.WarcHeader().Get(gowarc.ContentType)
		r, err := wr.Block().RawBytes()
		if err != nil {
			in.err = err
			return in, true
		}
		body = r
	default:
		return in, false
	}
	mt, params, _ := mime.ParseMediaType(mediaType)
	switch mt {
	case "text/html", "application/xhtml+xml":
		in.format = extract.FormatHTML
	case "text/plain":
		in.format = extract.FormatText
	case "":
		in.format = extract.FormatAuto
	default:
		return in, false
	}
	in.charset = params["charset"]
	body, err := decodeHTTPBody(body, header)
	if err != nil {
		in.err = err
		return in, true
	}
	in.data, in.err = readLimited(body, f.maxBytes)
	return in, true
}

// chunkedTransfer reports whether raw HTTP response headers declare a
// chunked transfer encoding.
func chunkedTransfer(raw []byte) bool {
	for _, line := range strings.Split(string(raw), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), "Transfer-Encoding") && strings.Contains(strings.ToLower(v), "chunked") {
			return true
		}
	}
	return false
}

// decodeHTTPBody undoes the transfer and content encodings a crawler may
// have stored as they came off the wire.
func decodeHTTPBody(r io.Reader, h http.Header) (io.Reader, error) {
	if strings.EqualFold(strings.TrimSpace(h.Get("Transfer-Encoding")), "chunked") {
		r = httputil.NewChunkedReader(r)
	}
	switch enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); enc {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("content-encoding gzip: %v", err)
		}
		return zr, nil
	case "deflate":
		return flate.NewReader(r), nil
	default:
		return nil, fmt.Errorf("content-encoding %q not supported", enc)
	}
}
