package extract

import (
	"fmt"
	"strings"
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

// fromHTML reads an HTML page and finds its facts.
func (x *Extractor) fromHTML(b []byte, doc, charset string) (*Article, error) {
	a, err := x.readHTML(b, doc, charset)
	if err != nil {
		return nil, err
	}
	x.addFacts(a)
	return a, nil
}

// readHTML reads an HTML page: its headline, publish time, credits and
// body, without the facts.
func (x *Extractor) readHTML(b []byte, doc, charset string) (*Article, error) {
	a := &Article{Doc: doc}
	if charset == "" {
		charset = normalize.HTMLCharset(b)
	}
	text, err := x.decode(b, charset, a, true)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// A page the parser gives up on (60,000 nested elements) is read
		// for its text alone, so that its facts are not lost.
		a, terr := x.readText([]byte(markupText(text)), doc, "utf-8")
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
	a.Headline = x.headline(h1, meta)

	// The date line is read before the chrome goes: pages set it in a
	// tool bar with the share buttons ("tool-bar", "meta").
	line, hasLine := x.dateLine(h1)
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
		}
	}
	if x.isListing(texts, body, best) {
		return nil, ErrNotArticle
	}
	a.Paragraphs = x.takeCredits(a, texts)
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

// markupText returns the text of markup that the parser cannot build a
// tree of, with a line break at every block tag: what a text input is.
func markupText(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
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

// isOutlet reports whether a meta author names the outlet rather than a
// writer: the site's name, the credited source, or a paper ("Báo …").
func isOutlet(author, site, source string) bool {
	a := strings.ToLower(strings.TrimSpace(author))
	if a == "" {
		return true
	}
	for _, o := range [...]string{site, source} {
		if o != "" && strings.Contains(a, strings.ToLower(o)) {
			return true
		}
	}
	for _, p := range [...]string{"báo ", "tạp chí ", "đài ", "cổng thông tin", "trang thông tin"} {
		if strings.HasPrefix(a, p) {
			return true
		}
	}
	return strings.Contains(a, ".vn") || strings.Contains(a, ".com")
}

// pageMeta is what a page's head and JSON-LD say about the article.
type pageMeta struct {
	title, ogTitle, ldHeadline, siteName string
	published, author, url               string
	// metaPublished is article:published_time, which wins: JSON-LD is
	// hand-written more often and gets the zone wrong (cafebiz_2 says
	// +08:00 for a Hanoi time).
	metaPublished, ldPublished string
	ldAuthor                   string // JSON-LD's author, a person's name
}

// readMeta reads the meta tags, <title>, <time> and JSON-LD of a page.
func readMeta(root *html.Node) pageMeta {
	var m pageMeta
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" {
					m.title = nodeText(n)
				}
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title":
					setOnce(&m.ogTitle, val)
				case "og:site_name":
					setOnce(&m.siteName, val)
				case "og:url":
					setOnce(&m.url, val)
				case "article:published_time":
					setOnce(&m.metaPublished, val)
				case "datepublished", "pubdate", "publishdate", "publish-date",
					"dc.date.issued", "dc.date", "og:published_time", "article:published", "date":
					setOnce(&m.published, val)
				case "author", "article:author", "dc.creator":
					if !strings.Contains(val, "://") {
						setOnce(&m.author, val)
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					setOnce(&m.url, attr(n, "href"))
				}
			case atom.Time:
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
					setOnce(&m.published, attr(n, "datetime"))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					readJSONLD(nodeText(n), &m)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	m.published = firstNonEmpty(m.metaPublished, m.ldPublished, m.published)
	return m
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}

// pickH1 returns the h1 that holds the headline: the one the page's title
// contains, else the longest of minHeadlineWords words or more.
func (x *Extractor) pickH1(root *html.Node, m pageMeta) *html.Node {
	var best *html.Node
	bestLen := 0
	titles := strings.ToLower(m.ogTitle + "\n" + m.title + "\n" + m.ldHeadline)
	var walk func(*html.Node) *html.Node
	walk = func(n *html.Node) *html.Node {
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
			t := collapse(nodeText(n))
			if len(strings.Fields(t)) >= minHeadlineWords {
				if strings.Contains(titles, strings.ToLower(t)) {
					return n
				}
				if len(t) > bestLen {
					best, bestLen = n, len(t)
				}
			}
			return nil
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if found := walk(c); found != nil {
				return found
			}
		}
		return nil
	}
	if n := walk(root); n != nil {
		return n
	}
	return best
}

// headlineElement finds the headline of a page without an h1 (old mobile
// pages set it in <font size="+1"><b>): an emphasised element of
// minHeadlineWords to maxHeadlineWords words whose text the page title
// holds, else the first one followed closely by a date line.
func (x *Extractor) headlineElement(root *html.Node, m pageMeta) *html.Node {
	titles := strings.ToLower(m.ogTitle + "\n" + m.title + "\n" + m.ldHeadline)
	type text struct {
		node *html.Node
		s    string
	}
	var texts []text // text nodes in document order
	var cands []*html.Node
	first := map[*html.Node]int{} // candidate → index of its first text
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Head, atom.A:
				return
			}
			if emphasised(n) {
				if w := len(strings.Fields(nodeText(n))); w >= minHeadlineWords && w <= maxHeadlineWords {
					cands = append(cands, n)
					first[n] = len(texts)
				}
			}
		}
		if n.Type == html.TextNode {
			if t := collapse(n.Data); t != "" {
				texts = append(texts, text{n, t})
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, c := range cands {
		if t := strings.ToLower(collapse(nodeText(c))); strings.Contains(titles, t) {
			return c
		}
	}
	for _, c := range cands {
		i := first[c]
		for i < len(texts) && contains(c, texts[i].node) {
			i++
		}
		for j := i; j < len(texts) && j < i+dateLineSearch; j++ {
			if _, _, ok := x.rules.publishedIn(x.norm.String(texts[j].s)); ok {
				return c
			}
		}
	}
	return nil
}

// emphasised reports whether n is set off as a heading: h2–h4, bold, a
// larger font, or a class or id naming a title.
func emphasised(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.B, atom.Strong:
		return true
	case atom.Font:
		return strings.HasPrefix(attr(n, "size"), "+") || attr(n, "size") > "3"
	}
	for _, w := range nameWords(attr(n, "class") + " " + attr(n, "id")) {
		switch w {
		case "title", "tieude", "headline":
			return true
		}
	}
	return false
}

// headline returns the headline: the h1's text, else the JSON-LD headline,
// else og:title or <title> without the site's name.
func (x *Extractor) headline(h1 *html.Node, m pageMeta) string {
	var h string
	switch {
	case h1 != nil:
		h = nodeText(h1)
	case m.ldHeadline != "":
		h = m.ldHeadline
	case m.ogTitle != "":
		h = stripSiteName(m.ogTitle, m.siteName)
	default:
		h = stripSiteName(m.title, m.siteName)
	}
	return collapse(x.norm.String(normalize.UnescapeEntities(h)))
}

// stripSiteName removes the site's name from a page title: "Headline |
// Báo Hải Dương", "Headline - VnExpress". The part kept is the longest,
// when the others are short or name the site.
func stripSiteName(title, site string) string {
	title = strings.TrimSpace(title)
	for _, sep := range [...]string{" | ", " - ", " – ", " — ", " :: ", " » "} {
		parts := strings.Split(title, sep)
		if len(parts) < 2 {
			continue
		}
		longest := 0
		for i, p := range parts {
			if len(p) > len(parts[longest]) {
				longest = i
			}
			_ = i
		}
		rest := true
		for i, p := range parts {
			if i != longest && len(strings.Fields(p)) > minHeadlineWords && !strings.EqualFold(strings.TrimSpace(p), site) {
				rest = false
			}
		}
		if rest {
			return strings.TrimSpace(parts[longest])
		}
	}
	return title
}

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
			if always || removedTags[c.DataAtom] || hidden(c) || namedAs(c, chrome) || isNavRole(c) {
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

// protects reports whether n, holding text runes of the page's total,
// must stay: it holds the headline or more than protectShare of the text.
func protects(n, h1 *html.Node, text, total int) bool {
	if h1 != nil && contains(n, h1) {
		return true
	}
	return total > 0 && float64(text) > protectShare*float64(total)
}

func contains(n, d *html.Node) bool {
	for ; d != nil; d = d.Parent {
		if d == n {
			return true
		}
	}
	return false
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

// stats are the text measures of an element.
type stats struct {
	text, links int // runes of text, and of text inside links
	score       float64
}

// measure computes the text and link lengths of every element below root.
func measure(root *html.Node) map[*html.Node]*stats {
	st := map[*html.Node]*stats{}
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
			st[n] = &stats{text: text, links: links}
		}
		return text, links
	}
	walk(root, false)
	return st
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
	var cur strings.Builder
	links := 0
	var owner *html.Node
	space := true // the text so far ends in white space (or is empty)
	flush := func() {
		t := strings.TrimSpace(cur.String())
		if t != "" {
			out = append(out, &block{raw: t, links: min(links, utf8.RuneCountInString(t)), node: owner})
		}
		cur.Reset()
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
			space = appendCollapsed(&cur, n.Data, space)
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
func appendCollapsed(b *strings.Builder, s string, space bool) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			if !space {
				b.WriteByte(' ')
				space = true
			}
		default:
			b.WriteByte(c)
			space = false
		}
	}
	return space
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

// trailingCredits returns the credit lines right after the body's last
// block that sit outside the body's element: a right-aligned "Lao Động"
// after "Theo Vân Anh".
func (x *Extractor) trailingCredits(all, body []*block) []*block {
	if len(body) == 0 {
		return nil
	}
	last := body[len(body)-1].node
	var out []*block
	for i, b := range all {
		if b.node != last {
			continue
		}
		for _, c := range all[i+1 : min(len(all), i+1+creditLines)] {
			if utf8.RuneCountInString(x.text(c)) > maxBylineLine {
				break
			}
			if _, ok := x.rules.credit(x.text(c)); !ok {
				break
			}
			out = append(out, c)
		}
		break
	}
	return out
}

// around returns up to n blocks before and after the headline's block, in
// order of distance from it. With no headline, after is the first n blocks.
func around(all []*block, h1 *html.Node, n int) (before, after []*block) {
	at := -1
	if h1 != nil {
		for i, b := range all {
			if b.node != nil && contains(h1, b.node) {
				at = i
				break
			}
		}
	}
	for i := at - 1; i >= 0 && len(before) < n; i-- {
		before = append(before, all[i])
	}
	for i := at + 1; i < len(all) && len(after) < n; i++ {
		if h1 != nil && all[i].node != nil && contains(h1, all[i].node) {
			continue
		}
		after = append(after, all[i])
	}
	return before, after
}

// dateLine returns the article's date line: the first date line in the
// text after the headline, else one just before it carrying a time of day
// (mobile pages put "26/03/2014 | 00:01" above the headline; the page's own
// date bar sits further up and rarely has a time). A text is a text node,
// or the whole text of its element when that is short: "<span>Thứ
// Sáu</span> 12/08/2022 <b>17:14</b>".
func (x *Extractor) dateLine(h1 *html.Node) (string, bool) {
	if h1 == nil {
		return "", false
	}
	try := func(n *html.Node) (string, bool, bool) {
		for _, t := range [...]string{n.Data, nodeText(n.Parent)} {
			if len(t) > 4*maxDateLine {
				continue
			}
			t = collapse(x.norm.String(t))
			if _, dateOnly, ok := x.rules.publishedIn(t); ok {
				return t, dateOnly, true
			}
		}
		return "", false, false
	}
	for i, n := 0, nextText(h1, h1); n != nil && i < dateLineTexts; i, n = i+1, nextText(n, nil) {
		if t, _, ok := try(n); ok {
			return t, true
		}
	}
	for i, n := 0, prevText(h1); n != nil && i < dateLineTextsBefore; i, n = i+1, prevText(n) {
		if t, dateOnly, ok := try(n); ok && !dateOnly {
			return t, true
		}
	}
	return "", false
}

// nextText returns the first non-blank text node after n in document
// order, skipping what is inside skip (the headline itself), scripts and
// styles; nil at the end.
func nextText(n, skip *html.Node) *html.Node {
	for {
		switch {
		case n.FirstChild != nil && n != skip && !(n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style)):
			n = n.FirstChild
		default:
			for n.NextSibling == nil {
				if n = n.Parent; n == nil {
					return nil
				}
			}
			n = n.NextSibling
		}
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" && !inScript(n) {
			return n
		}
	}
}

// prevText returns the last non-blank text node before n in document
// order, outside scripts and styles; nil at the start.
func prevText(n *html.Node) *html.Node {
	for {
		if n.PrevSibling != nil {
			n = n.PrevSibling
			for n.LastChild != nil {
				n = n.LastChild
			}
		} else if n = n.Parent; n == nil {
			return nil
		}
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" && !inScript(n) {
			return n
		}
	}
}

func inScript(n *html.Node) bool {
	p := n.Parent
	return p != nil && p.Type == html.ElementNode && (p.DataAtom == atom.Script || p.DataAtom == atom.Style || p.DataAtom == atom.Noscript)
}

// byline returns the author named in a block marked as a byline by its
// class or id ("author", "tacgia"), else in the first block after the
// headline when it reads as a byline ("Minh Hằng", "Long Trần - Theo Trí
// Thức Trẻ").
func (x *Extractor) byline(body *html.Node, all []*block, h1 *html.Node) (author, source string) {
	if c, ok := x.markedCredit(body, x.rules.Lexicon("byline_classes")); ok {
		return c.author, c.source
	}
	_, after := around(all, h1, 1)
	if h1 != nil && len(after) == 1 && utf8.RuneCountInString(x.text(after[0])) <= maxBylineLine {
		if c, ok := x.rules.credit(x.text(after[0])); ok {
			return c.author, c.source
		}
	}
	return "", ""
}

// markedCredit returns the credit in the first element below root whose
// class or id has a word of marks and whose short text reads as a credit.
func (x *Extractor) markedCredit(root *html.Node, marks *Lexicon) (credit, bool) {
	var found credit
	ok := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !ok; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if namedAs(c, marks) {
				// The element's text, else its title: a source link reads
				// "Theo tienphong.vn Copy link" but is titled "theo
				// tienphong.vn".
				// A byline may share its element with the date: "Đỗ Trung •
				// 07:12 ngày 24/03/2024"; each part is tried.
				text := collapse(x.norm.String(nodeText(c)))
				tries := append([]string{text, collapse(x.norm.String(attr(c, "title")))}, strings.FieldsFunc(text, isBylineSep)...)
				for _, t := range tries {
					if t = strings.TrimSpace(t); t != "" && utf8.RuneCountInString(t) <= maxBylineLine {
						if found, ok = x.rules.credit(t); ok {
							return
						}
					}
				}
			}
			walk(c)
		}
	}
	walk(root)
	return found, ok
}

func isBylineSep(r rune) bool { return r == '•' || r == '·' || r == '|' }

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
// at either end of each text node.
func textRunes(n *html.Node) int {
	if n.Type == html.TextNode {
		return utf8.RuneCountInString(strings.TrimSpace(n.Data))
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
	return strings.Join(strings.Fields(s), " ")
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
