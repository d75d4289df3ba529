package extract

// This file removes a page's furniture: elements by tag, role and class,
// and blocks by their text.

import (
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// removeChrome removes the elements that never hold article text, and
// those whose class or id names furniture, keeping any that holds the
// headline or most of the page's text.
func (x *Extractor) removeChrome(d *goquery.Document, h1 *html.Node) {
	body := bodyNode(d.Nodes[0])
	if body == nil {
		return
	}
	total := textRunes(body)
	chrome := x.rules.Lexicon("chrome_classes")
	var doomed []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			always := c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Noscript
			if always || removedTags[c.DataAtom] || hidden(c) || !inlineTags[c.DataAtom] && namedAs(c, chrome) || isNavRole(c) {
				if always || !protects(c, h1, textRunes(c), total) {
					doomed = append(doomed, c)
					continue
				}
			}
			walk(c)
		}
	}
	walk(body)
	goquery.NewDocumentFromNode(d.Nodes[0]).FindNodes(doomed...).Remove()
}

// inlineTags sit inside a sentence: a class that names furniture on one
// of them ("cms-relate" on a link in the middle of a paragraph) does not
// take the words out of the sentence. Furniture made of them is link text
// that the block filter drops.
var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.Span: true, atom.B: true, atom.Strong: true, atom.Em: true, atom.I: true,
	atom.Font: true, atom.Small: true, atom.Sup: true, atom.Sub: true, atom.U: true, atom.Mark: true,
}

// protects reports whether n, holding text runes of the page's total,
// must stay: it holds the headline or more than protectShare of the text.
func protects(n, h1 *html.Node, text, total int) bool {
	if h1 != nil && contains(n, h1) {
		return true
	}
	return total > 0 && float64(text) > protectShare*float64(total)
}

func hidden(n *html.Node) bool {
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "display:none") || hasAttr(n, "hidden")
}

func isNavRole(n *html.Node) bool {
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "search":
		return true
	}
	return false
}

// namedAs reports whether one word of n's class or id is in lex. Names
// split at '-', '_', ' ', digits and lower-to-upper case changes
// ("tinLienQuan"), and each class also counts whole without its '-' and
// '_' ("font-size" as "fontsize").
func namedAs(n *html.Node, lex *Lexicon) bool {
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			if nameHas(a.Val, lex) {
				return true
			}
		}
	}
	return false
}

func nameHas(name string, lex *Lexicon) bool {
	isSep := func(c byte) bool {
		return c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c >= '0' && c <= '9'
	}
	// Words.
	start := -1
	for i := 0; i <= len(name); i++ {
		boundary := i == len(name) || isSep(name[i]) ||
			i > 0 && name[i] >= 'A' && name[i] <= 'Z' && name[i-1] >= 'a' && name[i-1] <= 'z'
		if boundary && start >= 0 {
			if lex.HasLower(name[start:i]) {
				return true
			}
			start = -1
		}
		if i < len(name) && !isSep(name[i]) && start < 0 {
			start = i
		}
	}
	// Whole classes with a separator, without it: "font-size".
	for rest := name; rest != ""; {
		f, after, _ := strings.Cut(strings.TrimLeft(rest, " \t\n"), " ")
		rest = after
		if strings.ContainsAny(f, "-_") && lex.HasLower(strings.Map(dropNameSep, f)) {
			return true
		}
	}
	return false
}

func dropNameSep(r rune) rune {
	if r == '-' || r == '_' {
		return -1
	}
	return r
}

// nameWords returns the words of a class or id string, as nameHas splits
// them, lower case.
func nameWords(name string) []string {
	var words []string
	isSep := func(c byte) bool {
		return c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c >= '0' && c <= '9'
	}
	start := -1
	for i := 0; i <= len(name); i++ {
		boundary := i == len(name) || isSep(name[i]) ||
			i > 0 && name[i] >= 'A' && name[i] <= 'Z' && name[i-1] >= 'a' && name[i-1] <= 'z'
		if boundary && start >= 0 {
			words = append(words, strings.ToLower(name[start:i]))
			start = -1
		}
		if i < len(name) && !isSep(name[i]) && start < 0 {
			start = i
		}
	}
	return words
}

// filterBlocks drops link lists, widgets and related-article boxes from
// the body's blocks.
func (x *Extractor) filterBlocks(in []*block) []*block {
	rs := x.rules
	var out []*block
	skipping := false
	for i, b := range in {
		if rs.isRelatedHeader(x.text(b)) {
			skipping = true
			continue
		}
		dense := b.linkDensity() > maxLinkDensity
		// "Đọc những thông tin … trên FICA:" before a list of links is the
		// header of a promotion box inside the body.
		if i+1 < len(in) && strings.HasSuffix(x.text(b), ":") && utf8.RuneCountInString(x.text(b)) <= maxBoxIntro && in[i+1].linkDensity() > maxLinkDensity {
			continue
		}
		if skipping {
			if dense || utf8.RuneCountInString(x.text(b)) < minLeadParagraph*2 {
				continue
			}
			skipping = false
		}
		if dense || rs.isChrome(x.text(b)) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// removeText removes the block that is text, or that holds it with little
// else: the date line "Cập nhật thứ hai, ngày 24/12/12 11:05 tối" in the
// block "Đời sống Xã hội | Cập nhật …" (a section name before it).
func removeText(x *Extractor, bs []*block, text string) []*block {
	for i, b := range bs {
		t := x.text(b)
		if t == text || strings.Contains(t, text) && utf8.RuneCountInString(t)-utf8.RuneCountInString(text) <= maxDateLineRest {
			return append(bs[:i:i], bs[i+1:]...)
		}
	}
	return bs
}
