package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"time"

	"github.com/vnextract/vnextract/normalize"
)

// ErrNotArticle is returned for a page that holds no single article: a
// home page or a category listing, many headlines and no body.
var ErrNotArticle = errors.New("extract: not an article (a home page or listing: many headlines, no body)")

// ErrTooLong is reported, as a warning, for an article longer than the
// rules read (Options.MaxSentences).
var ErrTooLong = errors.New("extract: article too long")

// ErrEmpty is returned for an input with no text to read: empty, binary
// or undecodable bytes, or markup with no text in it.
var ErrEmpty = errors.New("extract: no text found (empty, binary, undecodable, or markup alone)")

// Vietnam keeps one time zone, UTC+7, without daylight saving; a fixed
// zone avoids depending on the system's tz database.
var vietnam = time.FixedZone("+07", 7*60*60)

// An Article is what the extractor read from one input.
type Article struct {
	Doc        string    // the input's path, or its URL when it has one
	URL        string    // the page's own URL (og:url, canonical), if known
	Headline   string    // the headline, without the site's name
	Published  time.Time // the publish time in Vietnam's zone; zero if the page gives none
	DateOnly   bool      // Published has a date but no time of day
	PubText    string    // the text or attribute the publish time was read from
	Source     string    // the outlet credited ("Báo Hải Dương"), if any
	SourceText string    // the credit line ("Theo Báo Hải Dương")
	Author     string    // the byline, if any
	Paragraphs []string  // the body, one paragraph a string, photo captions included
	Encoding   string    // the character encoding the input was read in
	Facts      []Fact    // headline, publish time, source, author, then the facts of the text

	// Warnings holds what went wrong without stopping the extraction,
	// such as a rule that timed out on a sentence.
	Warnings []error

	// display maps a text as the rules read it (traditional tone
	// placement) to the same text in Options.Tone, when that differs.
	display map[string]string
}

// setDisplay records the text canon has in the output's tone placement.
// The two differ only in where tone marks sit in oa/oe/uy, which keeps
// every byte offset.
func (a *Article) setDisplay(canon, disp string) {
	if canon == disp || len(canon) != len(disp) {
		return
	}
	if a.display == nil {
		a.display = map[string]string{}
	}
	a.display[canon] = disp
}

// PublishedValue returns the publish time as the CSV writes it:
// "2022-08-12T17:14:00+07:00", "2022-08-12" when only the day is known,
// or "" when the page gives none.
func (a *Article) PublishedValue() string {
	switch {
	case a.Published.IsZero():
		return ""
	case a.DateOnly:
		return a.Published.Format("2006-01-02")
	}
	return a.Published.Format(time.RFC3339)
}

// Options configure an Extractor. The zero value is not ready for use;
// start from DefaultOptions.
type Options struct {
	// Tone is the tone-mark placement of the text and values written.
	Tone normalize.Tone
	// Rules are rule directories read after the built-in rules: their
	// rules replace built-in rules of the same id, and their lexicons add
	// to (or, with "-entry" lines, remove from) the built-in lexicons.
	Rules []fs.FS
	// MatchTimeout bounds one regexp match; zero means DefaultMatchTimeout.
	MatchTimeout time.Duration
	// MaxSentences bounds the sentences of one article that the rules
	// read; zero means DefaultMaxSentences. Longer articles get their
	// facts from the first MaxSentences and a warning.
	MaxSentences int
}

// DefaultOptions returns the options the command uses by default:
// traditional tone placement (hòa, ủy) and the built-in rules alone.
func DefaultOptions() Options {
	return Options{Tone: normalize.Traditional, MatchTimeout: DefaultMatchTimeout, MaxSentences: DefaultMaxSentences}
}

// An Extractor reads articles and finds their facts. It is safe for
// concurrent use.
type Extractor struct {
	opts    Options
	norm    normalize.Options // how the rules read text: traditional tone placement
	display normalize.Options // how the output writes it: Options.Tone
	retone  bool              // display differs from norm
	rules   *Ruleset
}

// New compiles the rules and returns an Extractor. A rule or lexicon that
// cannot be used is an error naming its file, line and rule id.
func New(opts Options) (*Extractor, error) {
	rules, err := LoadRules(opts.MatchTimeout, append([]fs.FS{BuiltinRules()}, opts.Rules...)...)
	if err != nil {
		return nil, err
	}
	// The rules and lexicons are written in traditional tone placement
	// (ủy, hòa), so the text is matched in it whatever the output wants;
	// the output's placement is put back at the end (addFacts).
	norm := normalize.DefaultOptions()
	norm.Tone = normalize.Traditional
	display := norm
	display.Tone = opts.Tone
	return &Extractor{opts: opts, norm: norm, display: display, retone: opts.Tone != normalize.Traditional, rules: rules}, nil
}

// Rules returns the compiled rules of the extractor.
func (x *Extractor) Rules() *Ruleset { return x.rules }

// Extract reads one input, HTML or text, and returns its article with its
// facts. doc names the input in the facts. The format is told by name
// (.html, .htm, .txt) and, failing that, by sniffing the content.
func (x *Extractor) Extract(r io.Reader, doc string) (*Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", doc, err)
	}
	return x.FromBytes(b, doc, "")
}

// FromBytes is Extract on bytes already read. charset is a declared
// character set (from HTTP or a crawler's record), "" if none.
// The article keeps nothing of b: the caller may reuse b once FromBytes
// returns.
func (x *Extractor) FromBytes(b []byte, doc, charset string) (*Article, error) {
	return x.FromRecord(b, Record{Doc: doc, Charset: charset})
}

// A Record is what a crawler knows of an input besides its bytes.
type Record struct {
	Doc     string // names the input in the facts: a path or a URL
	Charset string // the declared character set, "" if none
	Format  Format // HTML or text; FormatAuto tells by Doc and the bytes (IsHTML)
	// Published is the publish time the crawler recorded, zero if none;
	// DateOnly says it has a date but no time of day.
	Published time.Time
	DateOnly  bool
}

// A Format is the form of an input: a page or a scraped text.
type Format int

// The formats of an input.
const (
	FormatAuto Format = iota // told by the name's extension and the first bytes (IsHTML)
	FormatHTML               // an HTML page
	FormatText               // text scraped from a page, chrome lines included
)

// FromRecord is FromBytes with what the crawler recorded. A publish time
// that the input itself gives wins; otherwise rec.Published is the
// article's publish time, and with it the reference for dates written
// without a year ("Sáng 12.8") and relative ones ("hôm qua"): a text
// scraped without its date line still gets whole dates.
func (x *Extractor) FromRecord(b []byte, rec Record) (*Article, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, ErrEmpty
	}
	if rec.Format == FormatHTML || rec.Format == FormatAuto && IsHTML(rec.Doc, b) {
		return x.fromHTML(b, rec)
	}
	return x.fromText(b, rec)
}

// finish gives a what rec knows that the input did not say, then its
// facts.
func (x *Extractor) finish(a *Article, rec Record) {
	if a.Published.IsZero() && !rec.Published.IsZero() {
		a.Published, a.DateOnly, a.PubText = rec.Published.In(vietnam), rec.DateOnly, ""
	}
	x.addFacts(a)
}

// FromHTML reads an HTML page. url, if not empty, names the page in Doc.
func (x *Extractor) FromHTML(r io.Reader, url string) (*Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", url, err)
	}
	return x.FromRecord(b, Record{Doc: url, Format: FormatHTML})
}

// FromText reads an article scraped as text, chrome lines included, like
// testdata/sample/article.txt.
func (x *Extractor) FromText(r io.Reader, doc string) (*Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", doc, err)
	}
	return x.FromRecord(b, Record{Doc: doc, Format: FormatText})
}

// IsHTML reports whether an input is HTML: by its name's extension when it
// has one of .html, .htm, .txt, else by its first bytes.
func IsHTML(name string, b []byte) bool {
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".html"), strings.HasSuffix(lower, ".htm"):
		return true
	case strings.HasSuffix(lower, ".txt"):
		return false
	}
	head := b[:min(len(b), 1024)]
	head = bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	h := strings.ToLower(string(head[:min(len(head), 64)]))
	for _, p := range [...]string{"<!doctype html", "<html", "<head", "<body", "<meta", "<!--", "<div", "<title", "<?xml"} {
		if strings.HasPrefix(h, p) {
			return true
		}
	}
	return false
}

// decode turns input bytes into text (normalize.Decode) and records the
// encoding.
func (x *Extractor) decode(b []byte, hint string, a *Article) (string, error) {
	text, enc, err := normalize.Decode(b, hint)
	if err != nil {
		return "", err
	}
	a.Encoding = enc
	return text, nil
}

// addFacts finds the facts of a's headline and paragraphs, after the
// metadata rows.
func (x *Extractor) addFacts(a *Article) {
	a.Facts = a.Facts[:0]
	if a.Headline != "" {
		a.Facts = append(a.Facts, Fact{Kind: Headline, Value: a.Headline, Text: a.Headline, Offset: -1})
	}
	if v := a.PublishedValue(); v != "" {
		a.Facts = append(a.Facts, Fact{Kind: Published, Value: v, Text: a.PubText, Offset: -1})
	}
	if a.Source != "" {
		a.Facts = append(a.Facts, Fact{Kind: Source, Value: a.Source, Text: a.SourceText, Offset: -1})
	}
	if a.Author != "" {
		a.Facts = append(a.Facts, Fact{Kind: Author, Value: a.Author, Text: a.Author, Offset: -1})
	}
	max := x.opts.MaxSentences
	if max <= 0 {
		max = DefaultMaxSentences
	}
	facts, warnings := x.rules.facts(a.Headline, a.Paragraphs, a.Published, max)
	a.Facts = append(a.Facts, facts...)
	a.Warnings = append(a.Warnings, warnings...)
	if x.retone {
		x.retoneArticle(a)
	}
}

// retoneArticle writes the article and its facts in the output's tone
// placement (Options.Tone): with Modern every text and value is moved to
// it; with Keep the text, sentence and cleaned paragraphs are the page's
// own, and the values stay normalised (traditional).
func (x *Extractor) retoneArticle(a *Article) {
	disp := func(canon string) string {
		if d, ok := a.display[canon]; ok {
			return d
		}
		if x.opts.Tone == normalize.Modern {
			return x.display.String(canon)
		}
		return canon
	}
	value := func(v string) string {
		if x.opts.Tone == normalize.Modern {
			return x.display.String(v)
		}
		return v
	}
	paras := make([]string, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		paras[i] = disp(p)
	}
	headline := disp(a.Headline)
	for i := range a.Facts {
		f := &a.Facts[i]
		if f.placed && f.Sentence != "" {
			src := headline
			if f.para >= 0 && f.para < len(paras) {
				src = paras[f.para]
			}
			if end := f.sentAt + len(f.Sentence); f.sentAt >= 0 && end <= len(src) {
				s := src[f.sentAt:end]
				if f.Offset >= 0 && f.Offset+len(f.Text) <= len(s) && f.Text == f.Sentence[f.Offset:f.Offset+len(f.Text)] {
					f.Text = s[f.Offset : f.Offset+len(f.Text)]
				}
				f.Sentence = s
			}
		} else {
			f.Text = disp(f.Text)
		}
		f.Value, f.Unit, f.Person, f.Detail = value(f.Value), value(f.Unit), value(f.Person), value(f.Detail)
		if f.Kind == Headline {
			f.Value = headline
		}
	}
	a.Headline, a.Paragraphs = headline, paras
	a.Source, a.Author = value(a.Source), value(a.Author)
}
