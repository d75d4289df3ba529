package extract

// This file holds small helpers on HTML nodes and text.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func contains(n, d *html.Node) bool {
	for ; d != nil; d = d.Parent {
		if d == n {
			return true
		}
	}
	return false
}

func bodyNode(root *html.Node) *html.Node {
	var find func(*html.Node) *html.Node
	find = func(n *html.Node) *html.Node {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if b := find(c); b != nil {
				return b
			}
		}
		return nil
	}
	return find(root)
}

// textRunes counts the runes of the text below n, without the white space
// at either end of each text node. Scripts and styles are code, not text:
// a page's inline scripts may outweigh its article.
func textRunes(n *html.Node) int {
	switch {
	case n.Type == html.TextNode:
		return utf8.RuneCountInString(strings.TrimSpace(n.Data))
	case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript):
		return 0
	}
	t := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t += textRunes(c)
	}
	return t
}

// nodeText returns all the text below n.
func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// collapse folds runs of white space into one space and trims.
func collapse(s string) string {
	if isCollapsed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for w := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// lastWords returns the end of s that holds its last n words (all of s
// when it has no more than n), for reading the words before a position
// without splitting everything before it.
func lastWords(s string, n int) string {
	words, inWord := 0, false
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) {
			if inWord {
				if words++; words == n {
					return s[i:]
				}
			}
			inWord = false
		} else {
			inWord = true
		}
		i -= size
	}
	return s
}

// wordCount returns len(strings.Fields(s)) without building the slice.
func wordCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// isCollapsed reports whether s has no leading, trailing or repeated white
// space and no white space other than ' ' (checked on ASCII; other white
// space sends s to the slow path).
func isCollapsed(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c >= 0x80 && (c == 0xC2 || c == 0xE2 || c == 0xE3):
			return false // ASCII control space, or a lead byte of NBSP, U+2000…, U+3000
		default:
			prevSpace = false
		}
	}
	return !prevSpace || len(s) == 0
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
