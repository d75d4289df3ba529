package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"math/rand"
	"net/http/httputil"
	"regexp"
	"strings"
	"testing"
)

// warcRecord is one WARC record, as a crawler writes it.
func warcRecord(typ, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-01T08:00:00Z\r\n"+
		"WARC-Record-ID: <urn:uuid:6f1a0c3e-0000-4000-8000-%012d>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, len(block)+len(uri), contentType, len(block), block)
}

func httpResponse(status, header, body string) string {
	return "HTTP/1.1 " + status + "\r\n" + header + "\r\n" + body
}

func gzipped(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func chunked(s string) string {
	var b bytes.Buffer
	w := httputil.NewChunkedWriter(&b)
	for len(s) > 0 {
		n := min(len(s), 100)
		w.Write([]byte(s[:n]))
		s = s[n:]
	}
	w.Close()
	return b.String() + "\r\n"
}

// testWARC is a small crawl: three pages (HTML, HTML gzipped and chunked
// on the wire, a text resource) among records that hold none, and a
// broken record after the first page.
type testWARC struct {
	records []string // the records, the broken one included
	broken  int      // index of the broken record
	pages   map[string]string
}

func newTestWARC() testWARC {
	r := rand.New(rand.NewSource(3))
	a, b, c := genArticle(r, 1, true), genArticle(r, 2, true), genArticle(r, 3, false)
	w := testWARC{pages: map[string]string{
		"https://baohd.vn/a-1.html": a.headline,
		"https://baohd.vn/b-2":      b.headline,
		"urn:text:c-3":              c.headline,
	}}
	var zb bytes.Buffer
	zw := gzip.NewWriter(&zb)
	zw.Write([]byte(b.body))
	zw.Close()
	w.records = []string{
		warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\nformat: WARC File Format 1.1\r\n"),
		warcRecord("request", "https://baohd.vn/a-1.html", "application/http;msgtype=request", "GET /a-1.html HTTP/1.1\r\nHost: baohd.vn\r\n\r\n"),
		warcRecord("response", "https://baohd.vn/a-1.html", "application/http;msgtype=response",
			httpResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\n", a.body)),
		"WARC/1.1\r\nthis line is not a header\r\n\x00\x01\x02 garbage\r\n\r\n",
		warcRecord("response", "https://baohd.vn/logo.png", "application/http;msgtype=response",
			httpResponse("200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n")),
		warcRecord("response", "https://baohd.vn/old", "application/http;msgtype=response",
			httpResponse("301 Moved Permanently", "Location: https://baohd.vn/a-1.html\r\n", "")),
		warcRecord("response", "https://baohd.vn/b-2", "application/http;msgtype=response",
			httpResponse("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunked(zb.String()))),
		warcRecord("resource", "urn:text:c-3", "text/plain; charset=utf-8", c.body),
	}
	w.broken = 3
	return w
}

// plain is the WARC uncompressed; perRecord gzips each record (as the
// standard and crawlers do), with the broken record a corrupt member;
// whole gzips the file as one member.
func (w testWARC) plain() []byte { return []byte(strings.Join(w.records, "")) }

func (w testWARC) perRecord() []byte {
	var b []byte
	for i, r := range w.records {
		z := gzipped(r)
		if i == w.broken {
			z = gzipped(w.records[2])
			z[len(z)/2] ^= 0xff
			z[len(z)/2+1] ^= 0xff
		}
		b = append(b, z...)
	}
	return b
}

func (w testWARC) whole() []byte { return gzipped(string(w.plain())) }

var brokenRE = regexp.MustCompile(`vnextract: ([^:]+@[0-9]+): broken WARC record at offset [0-9]+: `)

func TestWARC(t *testing.T) {
	w := newTestWARC()
	dir := t.TempDir()
	tests := []struct {
		name  string
		file  string
		data  []byte
		stdin bool
	}{
		{"plain", "crawl.warc", w.plain(), false},
		{"gzip per record", "crawl.warc.gz", w.perRecord(), false},
		{"gzip whole file", "whole.warc.gz", w.whole(), false},
		{"stdin", "", w.plain(), true},
		{"stdin gzip per record", "", w.perRecord(), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r cliRun
			if tc.stdin {
				r = runCLI(t, string(tc.data), testTimeout, "-kinds", "headline")
			} else {
				r = runCLI(t, "", testTimeout, "-kinds", "headline", writeFile(t, dir, tc.file, tc.data))
			}
			if r.code != exitFailed {
				t.Errorf("exit %d, want %d (one broken record)", r.code, exitFailed)
			}
			got := map[string]string{}
			for _, rec := range readCSV(t, r.stdout)[1:] {
				got[rec[0]] = rec[2]
			}
			for url, headline := range w.pages {
				if got[url] != headline {
					t.Errorf("%s: headline %q, want %q", url, got[url], headline)
				}
			}
			if len(got) != len(w.pages) {
				t.Errorf("docs %q, want %d", got, len(w.pages))
			}
			if m := brokenRE.FindAllString(r.stderr, -1); len(m) != 1 {
				t.Errorf("broken record reported %d times, want once:\n%s", len(m), r.stderr)
			}
			s := parseSummary(t, r.stderr)
			if s.inputs != 4 || s.articles != 3 || s.failed != 1 {
				t.Errorf("summary %+v, want 4 inputs: 3 articles, 1 failed", s)
			}
			if !strings.Contains(r.stderr, "(4 WARC records without a page skipped)") {
				t.Errorf("the skipped records are not counted:\n%s", r.stderr)
			}
		})
	}
}

// TestWARCTruncated cuts a WARC inside its last record (a crawler killed
// mid-write): the records before it are read, and the cut page is read
// as far as it goes, with a warning naming its offset.
func TestWARCTruncated(t *testing.T) {
	w := newTestWARC()
	b := []byte(strings.Join(append(w.records[:3:3], w.records[4:]...), ""))
	b = b[:len(b)-40]
	r := runCLI(t, "", testTimeout, "-kinds", "headline", writeFile(t, t.TempDir(), "cut.warc", b))
	if r.code != exitOK {
		t.Errorf("exit %d, want %d (a warning is not a failure)", r.code, exitOK)
	}
	for url := range w.pages {
		if !strings.Contains(r.stdout, url+",headline,") {
			t.Errorf("%s is missing:\n%s", url, r.stdout)
		}
	}
	if !regexp.MustCompile(`vnextract: urn:text:c-3 \(.*cut\.warc@[0-9]+\): warning: WARC record truncated`).MatchString(r.stderr) {
		t.Errorf("the cut record is not reported:\n%s", r.stderr)
	}
}

func TestWARCSniff(t *testing.T) {
	w := newTestWARC()
	for _, tc := range []struct {
		name string
		data []byte
		want container
	}{
		{"plain", w.plain(), containerWARC},
		{"gzip", w.perRecord(), containerWARC},
		{"jsonl", []byte("\n  {\"url\": \"x\"}\n"), containerJSONL},
		{"html", []byte("<!DOCTYPE html><html>"), containerNone},
		{"gzip not warc", gzipped("hello"), containerNone},
	} {
		if got := sniffStream(bufioReader(tc.data)); got != tc.want {
			t.Errorf("%s: sniffed %v, want %v", tc.name, got, tc.want)
		}
	}
}

func bufioReader(b []byte) *bufio.Reader { return bufio.NewReader(bytes.NewReader(b)) }
