package extract

import (
	"encoding/json"
	"strings"
)

// articleTypes are the schema.org types whose JSON-LD describes the page's
// article.
var articleTypes = map[string]bool{
	"newsarticle": true, "article": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "webpage": false,
}

// readJSONLD reads the headline, publish time and author of the article
// object in a JSON-LD script: a single object, an array, or an @graph.
// Malformed JSON-LD, common on real pages, is ignored.
func readJSONLD(src string, m *pageMeta) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return
	}
	var visit func(v any)
	visit = func(v any) {
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				visit(e)
			}
		case map[string]any:
			if g, ok := t["@graph"]; ok {
				visit(g)
			}
			if !isArticleType(t["@type"]) {
				return
			}
			if s, ok := t["headline"].(string); ok {
				setOnce(&m.ldHeadline, s)
			}
			if s, ok := t["datePublished"].(string); ok {
				if _, _, ok := parseMetaTime(s); ok {
					setOnce(&m.ldPublished, s)
				}
			}
			setOnce(&m.ldAuthor, authorName(t["author"]))
		}
	}
	visit(v)
}

func isArticleType(t any) bool {
	switch v := t.(type) {
	case string:
		return articleTypes[strings.ToLower(v)]
	case []any:
		for _, e := range v {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// authorName reads a JSON-LD author: a string, an object with a name, or
// a list of them (names joined with ", ").
func authorName(v any) string {
	switch a := v.(type) {
	case string:
		return a
	case map[string]any:
		if t, _ := a["@type"].(string); strings.EqualFold(t, "Organization") {
			return "" // the publisher, not a writer
		}
		if s, ok := a["name"].(string); ok {
			return s
		}
	case []any:
		var names []string
		for _, e := range a {
			if n := authorName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}
