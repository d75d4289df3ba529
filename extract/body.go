package extract

// This file finds the body of a page: paragraphs are scored and their
// scores given to their parents (Readability's method), and the text is
// cut into blocks.

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A block is a run of text between block boundaries. Its raw text has
// its white space collapsed; the normalised text is made when first asked
// for (Extractor.text), since most blocks of a page are chrome that no
// test ever reads.
type block struct {
	raw    string
	text   string // normalised raw, once normed
	normed bool
	links  int // runes of the text inside links
	node   *html.Node
}

func (b *block) linkDensity() float64 {
	n := utf8.RuneCountInString(b.raw)
	if n == 0 {
		return 0
	}
	return float64(b.links) / float64(n)
}

// stats are the text measures of an element.
type stats struct {
	text, links int // runes of text, and of text inside links
	score       float64
}

// measure computes the text and link lengths of every element below root.
func measure(root *html.Node) map[*html.Node]*stats {
	// One allocation for all the stats and a map of the right size: a
	// news page has thousands of elements.
	n := elements(root)
	all := make([]stats, n)
	st := make(map[*html.Node]*stats, n)
	var walk func(n *html.Node, inLink bool) (int, int)
	walk = func(n *html.Node, inLink bool) (int, int) {
		if n.Type == html.TextNode {
			l := utf8.RuneCountInString(strings.TrimSpace(n.Data))
			if inLink {
				return l, l
			}
			return l, 0
		}
		text, links := 0, 0
		link := inLink || n.DataAtom == atom.A
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t, l := walk(c, link)
			text += t
			links += l
		}
		if n.Type == html.ElementNode {
			s := &all[len(st)]
			s.text, s.links = text, links
			st[n] = s
		}
		return text, links
	}
	walk(root, false)
	return st
}

// elements returns the number of element nodes under n, n included.
func elements(n *html.Node) int {
	count := 0
	if n.Type == html.ElementNode {
		count++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		count += elements(c)
	}
	return count
}

// bestCandidate scores paragraphs and gives their scores to their parent
// and grandparent (Readability's method); the best-scoring element, after
// discounting its links, holds the body.
func (x *Extractor) bestCandidate(body *html.Node, st map[*html.Node]*stats) *html.Node {
	content := x.rules.Lexicon("content_classes")
	var cands []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if isParagraph(c) {
				whole := c.DataAtom == atom.P || c.DataAtom == atom.Pre || c.DataAtom == atom.Blockquote
				n, commas := ownText(c, whole)
				if n >= minParagraph {
					s := st[c]
					if s != nil && float64(s.links) < maxLinkDensity*float64(s.text) {
						score := 1 + float64(commas) + min(float64(n)/100, maxLengthBonus)
						for i, p := 0, c.Parent; i < 3 && p != nil && p.Type == html.ElementNode; i, p = i+1, p.Parent {
							ps := st[p]
							if ps == nil {
								break
							}
							if ps.score == 0 {
								cands = append(cands, p)
							}
							ps.score += score / float64(i+1)
						}
					}
				}
			}
			walk(c)
		}
	}
	walk(body)
	var best *html.Node
	bestScore := 0.0
	for _, c := range cands {
		s := st[c]
		score := s.score
		if s.text > 0 {
			score *= 1 - float64(s.links)/float64(s.text)
		}
		if namedAs(c, content) || c.DataAtom == atom.Article {
			score *= contentClassBonus
		}
		s.score = score
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	if best == nil {
		return nil
	}
	// A caption in a photo's table is one block of a photo story: the
	// body is what holds the tables, the lead and the other captions.
	if t := figureTable(best, st); t != nil && t.Parent != nil && t.Parent.Type == html.ElementNode {
		return t.Parent
	}
	// Siblings that score well are part of the body too: wrap them with
	// the best candidate when any qualifies.
	if p := best.Parent; p != nil {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c == best || c.Type != html.ElementNode {
				continue
			}
			if s := st[c]; s != nil && s.score >= siblingShare*bestScore {
				return p
			}
		}
	}
	return best
}

// maxFigureText is the most text, in runes, a table holding a photo and
// its caption has.
const maxFigureText = 600

// figureTable returns the table n lies in (n included) when that table
// holds a photo with a caption: an <img> and at most maxFigureText runes,
// as news sites set photos in tables ("<table class=tplCaption>",
// "<td class=Image>"). nil otherwise, and always for a layout table.
func figureTable(n *html.Node, st map[*html.Node]*stats) *html.Node {
	for t := n; t != nil && t.Type == html.ElementNode; t = t.Parent {
		switch t.DataAtom {
		case atom.Tr, atom.Td, atom.Th, atom.Tbody, atom.Thead, atom.Tfoot:
			continue
		case atom.Table:
			if s := st[t]; s != nil && s.text <= maxFigureText && hasImage(t) {
				return t
			}
		}
		return nil
	}
	return nil
}

// hasImage reports whether an <img> lies under n.
func hasImage(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Img || c.Type == html.ElementNode && hasImage(c) {
			return true
		}
	}
	return false
}

// isParagraph reports whether n is a paragraph-like element: a <p>, or a
// <div>, <td>, <section> or <span> with text of its own.
func isParagraph(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Blockquote, atom.Td, atom.Div, atom.Section, atom.Li, atom.Span, atom.Font, atom.Figcaption:
		return true
	}
	return false
}

// ownText counts the runes (without the white space at either end of
// each text) and the commas of n's text: all of it when whole, else only
// its own text nodes and inline children, not its blocks.
func ownText(n *html.Node, whole bool) (runes, commas int) {
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		switch {
		case c.Type == html.TextNode:
			t := strings.TrimSpace(c.Data)
			runes += utf8.RuneCountInString(t)
			commas += strings.Count(t, ",")
		case c.Type == html.ElementNode && (whole || !blockTags[c.DataAtom]):
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				walk(k)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c)
	}
	return runes, commas
}

// blocks returns the text blocks below n in document order, normalised.
func (x *Extractor) blocks(n *html.Node) []*block {
	var out []*block
	var cur []byte // the block being read; its buffer serves every block
	links := 0
	var owner *html.Node
	space := true // the text so far ends in white space (or is empty)
	flush := func() {
		if t := bytes.TrimSpace(cur); len(t) > 0 {
			raw := string(t)
			out = append(out, &block{raw: raw, links: min(links, utf8.RuneCountInString(raw)), node: owner})
		}
		cur = cur[:0]
		links = 0
		owner = nil
		space = true
	}
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		switch n.Type {
		case html.TextNode:
			if owner == nil && strings.TrimSpace(n.Data) != "" {
				owner = n.Parent
			}
			cur, space = appendCollapsed(cur, n.Data, space)
			if inLink {
				links += utf8.RuneCountInString(strings.TrimSpace(n.Data))
			}
			return
		case html.ElementNode:
			if n.DataAtom == atom.Img {
				return
			}
		}
		isBlock := n.Type == html.ElementNode && blockTags[n.DataAtom]
		if isBlock {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink || n.DataAtom == atom.A)
		}
		if isBlock {
			flush()
		}
	}
	walk(n, false)
	flush()
	return out
}

// text returns the block's text, normalised.
func (x *Extractor) text(b *block) string {
	if !b.normed {
		b.text, b.normed = collapse(x.norm.String(b.raw)), true
	}
	return b.text
}

// appendCollapsed appends s to b with runs of ASCII white space folded
// into one space and none at the start of b. space tells whether b ends in
// a space; the result tells the same after s.
func appendCollapsed(b []byte, s string, space bool) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			if !space {
				b = append(b, ' ')
				space = true
			}
		default:
			b = append(b, c)
			space = false
		}
	}
	return b, space
}

// within returns the blocks whose text lies inside n.
func within(all []*block, n *html.Node) []*block {
	var out []*block
	for _, b := range all {
		if b.node != nil && contains(n, b.node) {
			out = append(out, b)
		}
	}
	return out
}

// lead returns the blocks between the headline and the body: the sapo,
// which many sites set apart from the body's container.
func (x *Extractor) lead(all []*block, h1, best *html.Node) []*block {
	if h1 == nil {
		return nil
	}
	var out []*block
	after := false
	for _, b := range all {
		switch {
		case b.node != nil && contains(h1, b.node):
			after = true
			continue
		case b.node != nil && contains(best, b.node):
			return out
		}
		// The lead starts at the first paragraph-long block; after it,
		// shorter blocks (subheadings, captions) belong to the text too.
		long := utf8.RuneCountInString(x.text(b)) >= minLeadParagraph
		if after && (long || len(out) > 0) && b.linkDensity() < maxLinkDensity {
			if _, _, ok := x.rules.publishedIn(x.text(b)); !ok {
				out = append(out, b)
			}
		}
	}
	return nil // the body does not follow the headline: no lead
}
