package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnextract/vnextract/normalize"
)

// Thresholds of the body finder. The values follow Mozilla Readability's
// (the paragraph length, the sibling share) where the idea is theirs, and
// were checked on the pages of testdata/pages where it is ours.
const (
	// minParagraph is the shortest text, in runes, that scores as a
	// paragraph (Readability: 25 characters).
	minParagraph = 25
	// maxLengthBonus caps the score a paragraph earns by length, one point
	// per 100 runes (Readability: 3).
	maxLengthBonus = 3
	// siblingShare: a sibling of the best candidate joins the body when it
	// scores at least this share of the best (Readability: 0.2).
	siblingShare = 0.2
	// contentClassBonus multiplies the score of an element whose class or
	// id names content ("detail-content", "fck_detail").
	contentClassBonus = 1.25
	// protectShare: chrome removal never removes an element holding more
	// than this share of the page's text; a layout wrapper named
	// "has-sidebar" is not a sidebar.
	protectShare = 0.5
	// maxLinkDensity: a body block whose text is mostly links (a related
	// headline, a tag list) is dropped.
	maxLinkDensity = 0.5
	// minLeadParagraph is the shortest block between the headline and the
	// body taken as the lead (sapo): a date line or a widget is shorter.
	minLeadParagraph = 40
	// minArticleText: a page whose body has fewer runes of prose than this
	// and many headline links is a listing, not an article.
	minArticleText = 300
	// listingLinks is how many headline-long links (minHeadlineLink runes
	// or more) mark a page as a listing when its body is short.
	listingLinks = 15
	// minHeadlineLink is the length of a link text that reads as a
	// headline rather than a menu item.
	minHeadlineLink = 30
	// minListingLeads: teasers that open with the outlet's lead mark, as
	// many as this, make a listing (an article has one lead).
	minListingLeads = 3
	// maxLeadMark is how far into a paragraph, in bytes, its lead mark
	// may end: "(Người Lao Động) - " is 23.
	maxLeadMark = 48
	// A body element holding at least minListingLinksInBody headline
	// links, listingLinkShare of its paragraphs or more, is a list of
	// teasers (an article's related box inside its body has about five).
	minListingLinksInBody = 8
	listingLinkShare      = 0.6
	// dateLineSearch is how many blocks after the headline a headline
	// found without an h1 looks for a date line in.
	dateLineSearch = 8
	// dateLineTexts is how many texts after the headline are searched for
	// the date line; dateLineTextsBefore, how many before it. A byline, a
	// category and a few share buttons come first on some pages.
	dateLineTexts       = 12
	dateLineTextsBefore = 4
	// maxBylineLine is the longest block, in runes, read as a byline.
	maxBylineLine = 60
	// maxBoxIntro: a line ending in ':' and at most this long, followed by
	// links, introduces a box of links ("Xem thêm:", "Đọc … trên FICA:").
	maxBoxIntro = 100
	// minHeadlineWords: an h1 of fewer words is a logo or a section name;
	// maxHeadlineWords: a longer block is a lead, not a headline.
	minHeadlineWords = 4
	maxHeadlineWords = 40
)

// removedTags never hold article text.
var removedTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true, atom.Svg: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Header: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Object: true,
	atom.Embed: true, atom.Template: true, atom.Dialog: true, atom.Video: true, atom.Audio: true,
	atom.Map: true, atom.Canvas: true, atom.Link: true, atom.Meta: true,
}

// blockTags break text into blocks (paragraphs).
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Table: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Blockquote: true, atom.Figure: true,
	atom.Figcaption: true, atom.Section: true, atom.Article: true, atom.Pre: true, atom.Dd: true,
	atom.Dt: true, atom.Dl: true, atom.Main: true, atom.Center: true, atom.Tbody: true,
	atom.Caption: true, atom.Br: true, atom.Hr: true, atom.Header: true, atom.Footer: true,
}

// fromHTML reads an HTML page and finds its facts.
func (x *Extractor) fromHTML(b []byte, rec Record) (*Article, error) {
	a, err := x.readHTML(b, rec.Doc, rec.Charset)
	if err != nil {
		return nil, err
	}
	x.finish(a, rec)
	return a, nil
}

// readHTML reads an HTML page: its headline, publish time, credits and
// body, without the facts.
func (x *Extractor) readHTML(b []byte, doc, charset string) (*Article, error) {
	a := &Article{Doc: doc}
	if charset == "" {
		charset = normalize.HTMLCharset(b)
	}
	// Each kept block is normalised on its own, so the page needs no
	// NFC pass of its own, and a plain UTF-8 page is parsed without a copy.
	text, enc, err := normalize.DecodeMarkupBytes(b, charset)
	if err != nil {
		return nil, err
	}
	a.Encoding = enc
	root, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		// A page the parser gives up on (60,000 nested elements) is read
		// for its text alone, so that its facts are not lost.
		a, terr := x.readText(markupText(text), doc, "utf-8")
		if terr != nil {
			return nil, fmt.Errorf("parse HTML: %w", err)
		}
		a.Encoding = firstNonEmpty(a.Encoding, "utf-8")
		a.Warnings = append(a.Warnings, fmt.Errorf("parse HTML: %w; read as text", err))
		return a, nil
	}
	d := goquery.NewDocumentFromNode(root)
	meta := readMeta(root)
	a.URL = meta.url
	h1 := x.pickH1(root, meta)
	if h1 == nil {
		h1 = x.headlineElement(root, meta)
	}
	var rawHeadline string
	a.Headline, rawHeadline = x.headline(h1, meta)
	if x.retone {
		a.setDisplay(a.Headline, collapse(x.display.String(rawHeadline)))
	}

	// The date line is read before the chrome goes: pages set it in a
	// tool bar with the share buttons ("tool-bar", "meta").
	line, hasLine := x.dateLine(h1)
	if _, _, ok := parseMetaTime(meta.published); !ok && !hasLine {
		// Old pages write the date line from a script:
		// getElementById("pDateTime").innerHTML="Thứ năm, 20/12/2012, 16:10 GMT+7".
		line, hasLine = x.scriptDateLine(root, h1)
	}
	x.removeChrome(d, h1)
	body := bodyNode(root)
	if body == nil {
		return nil, ErrEmpty
	}
	st := measure(body)
	best := x.bestCandidate(body, st)
	all := x.blocks(body)
	var paras []*block
	if best != nil {
		paras = within(all, best)
		paras = append(x.lead(all, h1, best), paras...)
		paras = append(paras, x.trailingCredits(all, paras)...)
	}
	paras = x.filterBlocks(paras)

	// The publish time: machine-readable first, then the date line under
	// the headline.
	if t, dateOnly, ok := parseMetaTime(meta.published); ok {
		a.Published, a.DateOnly, a.PubText = t, dateOnly, meta.published
	}
	if hasLine {
		t, dateOnly, _ := x.rules.publishedIn(line)
		// The date line fills in a publish time the markup lacks, or the
		// time of day of a markup date ("2013-11-14" and "Thứ Năm,
		// 14/11/2013 - 14:21").
		sameDay := a.DateOnly && !dateOnly && t.Format("2006-01-02") == a.Published.Format("2006-01-02")
		if a.Published.IsZero() || sameDay {
			a.Published, a.DateOnly, a.PubText = t, dateOnly, line
		}
		paras = removeText(x, paras, line)
	}
	var texts []string
	for _, p := range paras {
		if t := x.text(p); t != a.Headline {
			texts = append(texts, t)
			if x.retone {
				a.setDisplay(t, collapse(x.display.String(p.raw)))
			}
		}
	}
	if x.isListing(texts, body, best) {
		return nil, ErrNotArticle
	}
	a.Paragraphs = x.takeCredits(a, texts)
	if a.Author == "" && best != nil {
		// The article's container may name its author: a forum thread's
		// first post (<li class="message firstPost" data-author="…">).
		if au := collapse(x.norm.String(ancestorAttr(best, "data-author"))); isHandle(au) {
			a.Author = au
		}
	}
	if a.Author == "" {
		author, source := x.byline(body, all, h1)
		a.Author = author
		if a.Source == "" && source != "" {
			a.Source, a.SourceText = source, source
		}
	}
	if a.Source == "" {
		if c, ok := x.markedCredit(body, x.rules.Lexicon("source_classes")); ok && c.source != "" {
			a.Source, a.SourceText = c.source, c.source
		}
	}
	for _, au := range [...]string{meta.ldAuthor, meta.author} {
		if a.Author == "" && !isOutlet(au, meta.siteName, a.Source) {
			a.Author = x.norm.String(collapse(au))
		}
	}
	if a.Headline == "" && len(a.Paragraphs) == 0 {
		return nil, ErrEmpty
	}
	return a, nil
}

// maxScriptDateLine is the longest string of a script read as a date
// line, in bytes (a date line has at most maxDateLine runes, each of up to
// 3 bytes, and HTML entities may spell them out).
const maxScriptDateLine = 8 * maxDateLine

// scriptDateLine returns the date line that an inline script writes next
// to the headline h1, its entities decoded: old pages fill an empty
// element in from a script (getElementById("pDateTime").innerHTML="Thứ
// năm, 20/12/2012, 16:10 GMT+7") or write the line where the script
// stands (document.write). Only an element or script near the headline
// counts, as the date line's own element does: a script elsewhere may
// write the day's date of a date bar.
func (x *Extractor) scriptDateLine(root, h1 *html.Node) (string, bool) {
	if h1 == nil {
		return "", false
	}
	var found string
	try := func(lit string) bool {
		if len(lit) > maxScriptDateLine || !strings.ContainsAny(lit, "0123456789") {
			return false
		}
		l := collapse(x.norm.String(html.UnescapeString(lit)))
		if _, _, ok := x.rules.publishedIn(l); ok {
			found = l
			return true
		}
		return false
	}
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Script && c.FirstChild != nil && c.FirstChild.Type == html.TextNode {
				src := c.FirstChild.Data
				for _, w := range scriptWrites(src) {
					switch {
					case w.id == "" && near(c, h1) && try(w.text):
						return true
					case w.id != "" && near(elementByID(root, w.id), h1) && try(w.text):
						return true
					}
				}
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(root)
	return found, found != ""
}

// near reports whether n stands by the headline h1: they share an
// ancestor at most three levels above n and two above h1.
func near(n, h1 *html.Node) bool {
	if n == nil {
		return false
	}
	for a, i := h1.Parent, 0; a != nil && i < 2; a, i = a.Parent, i+1 {
		for b, j := n.Parent, 0; b != nil && j < 3; b, j = b.Parent, j+1 {
			if a == b {
				return true
			}
		}
	}
	return false
}

// elementByID returns the element of the page whose id is id, or nil.
func elementByID(root *html.Node, id string) *html.Node {
	if root.Type == html.ElementNode && attr(root, "id") == id {
		return root
	}
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		if e := elementByID(c, id); e != nil {
			return e
		}
	}
	return nil
}

// A scriptWrite is a string a script writes into the page: into the
// element of id (getElementById(id).innerHTML = text), or, with no id,
// where the script stands (document.write(text)).
type scriptWrite struct{ id, text string }

// scriptWrites finds the strings the script src writes into the page, in
// the two forms of scriptWrite, with quotes of either kind.
func scriptWrites(src string) []scriptWrite {
	var out []scriptWrite
	for i := 0; i < len(src); {
		k := strings.Index(src[i:], "document.")
		if k < 0 {
			break
		}
		rest := src[i+k+len("document."):]
		i += k + len("document.")
		switch {
		case strings.HasPrefix(rest, "write("), strings.HasPrefix(rest, "writeln("):
			rest = rest[strings.IndexByte(rest, '(')+1:]
			if text, _, ok := quoted(rest); ok {
				out = append(out, scriptWrite{text: text})
			}
		case strings.HasPrefix(rest, "getElementById("):
			id, after, ok := quoted(rest[len("getElementById("):])
			if !ok {
				continue
			}
			after = strings.TrimLeft(after, " ")
			after, ok = strings.CutPrefix(after, ")")
			if !ok {
				continue
			}
			after, ok = strings.CutPrefix(strings.TrimLeft(after, " "), ".innerHTML")
			if !ok {
				continue
			}
			after, ok = strings.CutPrefix(strings.TrimLeft(after, " "), "=")
			if !ok {
				continue
			}
			if text, _, ok := quoted(strings.TrimLeft(after, " ")); ok {
				out = append(out, scriptWrite{id: id, text: text})
			}
		}
	}
	return out
}

// quoted reads the string literal that s starts with, "…" or '…', and
// returns its contents (escapes left as written) and what follows it.
func quoted(s string) (text, rest string, ok bool) {
	if s == "" || s[0] != '"' && s[0] != '\'' {
		return "", s, false
	}
	q := s[0]
	for j := 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case q:
			return s[1:j], s[j+1:], true
		case '\n':
			return "", s, false
		}
	}
	return "", s, false
}

// isHandle reports whether s reads as a person's name or user name: one
// to four words of letters, digits, '.', '_' or '-', with a letter, and no
// longer than a byline.
func isHandle(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > maxBylineLine || len(strings.Fields(s)) > 4 {
		return false
	}
	letter := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			letter = true
		case unicode.IsDigit(r), r == ' ', r == '.', r == '_', r == '-':
		default:
			return false
		}
	}
	return letter
}

// ancestorAttr returns the value of the attribute key on n or its nearest
// ancestor that has it, "" if none does.
func ancestorAttr(n *html.Node, key string) string {
	for ; n != nil; n = n.Parent {
		if v := strings.TrimSpace(attr(n, key)); v != "" {
			return v
		}
	}
	return ""
}

// markupText returns the text of markup that the parser cannot build a
// tree of, with a line break at every block tag: what a text input is.
func markupText(s []byte) []byte {
	var b bytes.Buffer
	z := html.NewTokenizer(bytes.NewReader(s))
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.Bytes()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			start := tt == html.StartTagToken
			switch {
			case a == atom.Script || a == atom.Style:
				if start {
					skip++
				} else if skip > 0 {
					skip--
				}
			case blockTags[a]:
				b.WriteByte('\n')
			}
		}
	}
}

// isListing reports whether a page is a home page or a category listing
// rather than an article: its body is short and the page has many
// headline links; or its "body" is teasers, each opening with the outlet's
// lead mark ("(Dân trí) -", "TPO -"), which an article has once; or the
// body's element is mostly headline links.
func (x *Extractor) isListing(texts []string, body, best *html.Node) bool {
	if prose(texts) < minArticleText && headlineLinks(body) >= listingLinks {
		return true
	}
	leads := 0
	for _, t := range texts {
		// A lead mark ends in " - " within its first words.
		if head := t[:min(len(t), maxLeadMark)]; strings.Contains(head, " - ") && x.rules.best(LeadMark, t) != nil {
			leads++
		}
	}
	if leads >= minListingLeads {
		return true
	}
	return best != nil && len(texts) > 0 && headlineLinks(best) >= minListingLinksInBody && float64(headlineLinks(best)) >= listingLinkShare*float64(len(texts))
}

// prose counts the runes of the paragraphs.
func prose(ps []string) int {
	n := 0
	for _, p := range ps {
		n += utf8.RuneCountInString(p)
	}
	return n
}

// headlineLinks counts the links whose text is as long as a headline.
func headlineLinks(root *html.Node) int {
	n := 0
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			if textRunes(c) >= minHeadlineLink {
				n++
			}
			return
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(root)
	return n
}
