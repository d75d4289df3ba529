package main

import (
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		size int
		max  int64
		err  string // "" for success
	}{
		{"empty", 0, 10, ""},
		{"under", 9, 10, ""},
		{"at the limit", 10, 10, ""},
		{"over", 11, 10, "11 bytes, larger than 10"},
	}
	for _, tc := range tests {
		p := writeFile(t, dir, tc.name, []byte(strings.Repeat("a", tc.size)))
		b, err := load(input{name: p, path: p}, tc.max)
		switch {
		case tc.err == "" && (err != nil || len(b) != tc.size):
			t.Errorf("%s: %d bytes, %v; want %d", tc.name, len(b), err, tc.size)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.err)
		}
	}
	if _, err := load(input{name: dir, path: dir}, 10); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("a directory: %v", err)
	}
	if _, err := load(input{name: "x", path: dir + "/missing"}, 10); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("a missing file: %v", err)
	}
	if b, err := load(input{name: "rec", data: []byte("abc")}, 10); err != nil || string(b) != "abc" {
		t.Errorf("data: %q %v", b, err)
	}
}

func TestWalkInclude(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b/2.HTML", "a/1.html", "a/skip.css", "c/3.txt", "c/d/4.htm", "feed.jsonl"} {
		writeFile(t, dir, name, []byte("x"))
	}
	f := &feeder{includes: []string{"*.html", "*.htm", "*.txt"}, maxBytes: 10}
	var got []string
	f.feed([]string{dir}, func(in input) bool {
		got = append(got, strings.TrimPrefix(in.name, dir+"/"))
		return true
	})
	if want := "a/1.html b/2.HTML c/3.txt c/d/4.htm"; strings.Join(got, " ") != want {
		t.Errorf("walk gave %q, want %q", got, want)
	}
}
