package loader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/language"

	"github.com/geokg/geokg/graph"
)

// errNoArticleText is a page in which nothing is left once the page
// furniture is taken away: a front page of links, an error page, a shell
// that builds its text with JavaScript.
var errNoArticleText = errors.New("no article text found in the page")

// readHTML reads a web page: the main text of its article, as plain text
// with one paragraph (or heading) a line and blank lines between them, and
// the metadata the page states about itself. Navigation, related links,
// newsletter and cookie blurbs, bylines, share buttons and comment counts
// are left out.
func readHTML(path string, r io.Reader, _ func(string) (*graph.Entity, bool), yield func(Document, error) bool) {
	data, err := io.ReadAll(r)
	if err != nil {
		yield(Document{}, fileError(path, err))
		return
	}
	doc, err := parseHTMLPage(data)
	if err != nil {
		yield(Document{}, inputError(path, err))
		return
	}
	doc.Origin = path
	yield(doc, nil)
}

// parseHTMLPage turns the bytes of a web page into a Document without
// Origin, which only the caller knows.
func parseHTMLPage(data []byte) (doc Document, err error) {
	defer func() {
		// The page is untrusted input to third-party parsers; a bug in
		// one of them must cost this page, not the whole load.
		if r := recover(); r != nil {
			doc, err = Document{}, fmt.Errorf("cannot read the page: HTML parser failed: %v", r)
		}
	}()
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, utf8BOM))) == 0 {
		return Document{}, errors.New("empty file")
	}
	root, err := decodeHTML(data)
	if err != nil {
		return Document{}, err
	}
	page := readPageMeta(root)
	pruneFurniture(root)

	var pageURL *url.URL
	if page.url != "" {
		pageURL, _ = url.Parse(page.url)
	}
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(root, pageURL)
	if err != nil {
		return Document{}, fmt.Errorf("cannot read the page: %w", err)
	}
	if art.Node == nil {
		return Document{}, errNoArticleText
	}
	dropLinkBlocks(art.Node)
	body := articleText(art.Node, art.Byline())
	if body == "" {
		return Document{}, errNoArticleText
	}

	meta := metadata{URL: page.url, Language: page.language}
	meta.Title = collapseSpace(art.Title())
	if meta.Title == "" {
		meta.Title = page.title
	}
	meta.Source = page.siteName
	if meta.Source == "" {
		meta.Source = collapseSpace(art.SiteName())
	}
	meta.Published = page.published(art)
	a, err := meta.article(body)
	if err != nil {
		return Document{}, err
	}
	return Document{Article: a, Body: body}, nil
}

// decodeHTML parses data as HTML, decoded to UTF-8 from the charset its
// byte order mark or a <meta> tag declares. A page that declares nothing
// must be UTF-8: guessing (as browsers do) would turn a mis-saved page into
// plausible-looking wrong text, which the extractor would then believe.
func decodeHTML(data []byte) (*html.Node, error) {
	if _, name, certain := charset.DetermineEncoding(data, ""); certain && name != "utf-8" {
		// A UTF-16 byte order mark: nothing else makes DetermineEncoding
		// certain when it is given no Content-Type.
		return decodeAndParse(data, name)
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	root, err := parseHTML(data)
	if err != nil {
		return nil, err
	}
	label := declaredCharset(root)
	enc, name := charset.Lookup(label)
	switch {
	case label == "":
		if err := checkUTF8(data); err != nil {
			return nil, annotateUTF8Error(err, "and declares no charset")
		}
		return root, nil
	case enc == nil:
		if utf8.Valid(data) {
			return root, nil
		}
		return nil, fmt.Errorf("declares charset %q, which is not one this reader knows, and is not UTF-8", label)
	case name == "utf-8" || strings.HasPrefix(name, "utf-16"):
		// A <meta> that says UTF-16 means UTF-8: the bytes that declare
		// it were read as ASCII (the HTML standard's rule).
		if err := checkUTF8(data); err != nil {
			return nil, annotateUTF8Error(err, "though it declares charset "+label)
		}
		return root, nil
	}
	return decodeAndParse(data, name)
}

// decodeAndParse decodes data from the named charset to UTF-8 and parses it.
func decodeAndParse(data []byte, name string) (*html.Node, error) {
	enc, _ := charset.Lookup(name)
	if enc == nil {
		return nil, fmt.Errorf("unknown charset %q", name)
	}
	text, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("cannot decode the page from %s: %w", name, err)
	}
	return parseHTML(bytes.TrimPrefix(text, utf8BOM))
}

// parseHTML parses UTF-8 HTML.
func parseHTML(data []byte) (*html.Node, error) {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("cannot parse the page as HTML: %w", err)
	}
	return root, nil
}

// annotateUTF8Error adds a note to checkUTF8's error, keeping its line.
func annotateUTF8Error(err error, note string) error {
	if le, ok := err.(*lineError); ok {
		return &lineError{line: le.line, err: fmt.Errorf("%w %s", le.err, note)}
	}
	return fmt.Errorf("%w %s", err, note)
}

// declaredCharset returns the charset label that the first <meta charset>
// or <meta http-equiv="Content-Type"> declares, or "".
func declaredCharset(root *html.Node) string {
	var label string
	walkNodes(root, func(n *html.Node) bool {
		if label != "" {
			return false
		}
		if n.DataAtom != atom.Meta {
			return true
		}
		if cs, ok := nodeAttr(n, "charset"); ok {
			label = strings.TrimSpace(cs)
		} else if he, _ := nodeAttr(n, "http-equiv"); strings.EqualFold(strings.TrimSpace(he), "content-type") {
			content, _ := nodeAttr(n, "content")
			label = charsetParam(content)
		}
		return false
	})
	return label
}

// charsetRE finds the charset parameter of a Content-Type value, quoted or not.
var charsetRE = regexp.MustCompile(`(?i)charset\s*=\s*["']?([^"';\s]+)`)

// charsetParam returns the charset parameter of a Content-Type, or "".
func charsetParam(contentType string) string {
	if m := charsetRE.FindStringSubmatch(contentType); m != nil {
		return m[1]
	}
	return ""
}

// pageMeta is what a page says about itself outside its text.
type pageMeta struct {
	// title is the <title>, spaces collapsed.
	title string
	// url is the canonical URL (<link rel=canonical>, else og:url), made
	// absolute; "" when the page gives no absolute one.
	url string
	// siteName is og:site_name.
	siteName string
	// language is <html lang> when it is a valid BCP 47 tag.
	language string
	// jsonLDPublished, metaPublished and itempropPublished are the raw
	// datePublished of JSON-LD, <meta property="article:published_time">
	// and <meta itemprop="datePublished">; timePublished is the datetime of
	// the <time> that most likely dates the article.
	jsonLDPublished, metaPublished, itempropPublished, timePublished string
}

// readPageMeta collects the page's metadata from the parsed tree, before
// anything is pruned from it.
func readPageMeta(root *html.Node) pageMeta {
	var p pageMeta
	var canonical, ogURL string
	var firstTime, articleTime, markedTime string
	walkNodes(root, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Html:
			if l, ok := nodeAttr(n, "lang"); ok && p.language == "" {
				if tag, err := language.Parse(strings.TrimSpace(l)); err == nil {
					p.language = tag.String()
				}
			}
		case atom.Title:
			if p.title == "" && !withinElement(n, atom.Svg) {
				p.title = collapseSpace(nodeText(n))
			}
		case atom.Link:
			if rel, _ := nodeAttr(n, "rel"); hasWord(rel, "canonical") && canonical == "" {
				canonical, _ = nodeAttr(n, "href")
			}
		case atom.Meta:
			content, _ := nodeAttr(n, "content")
			content = strings.TrimSpace(content)
			if content == "" {
				break
			}
			key, _ := nodeAttr(n, "property")
			if key == "" {
				key, _ = nodeAttr(n, "name")
			}
			switch strings.ToLower(strings.TrimSpace(key)) {
			case "og:site_name":
				setIfEmpty(&p.siteName, collapseSpace(content))
			case "og:url":
				setIfEmpty(&ogURL, content)
			case "article:published_time":
				setIfEmpty(&p.metaPublished, content)
			}
			if ip, _ := nodeAttr(n, "itemprop"); strings.EqualFold(strings.TrimSpace(ip), "datePublished") {
				setIfEmpty(&p.itempropPublished, content)
			}
		case atom.Script:
			if t, _ := nodeAttr(n, "type"); strings.EqualFold(strings.TrimSpace(t), "application/ld+json") && p.jsonLDPublished == "" {
				p.jsonLDPublished = jsonLDPublished(nodeText(n))
			}
			return false
		case atom.Time:
			dt, ok := nodeAttr(n, "datetime")
			if dt = strings.TrimSpace(dt); !ok || dt == "" {
				break
			}
			ip, _ := nodeAttr(n, "itemprop")
			_, pubdate := nodeAttr(n, "pubdate")
			switch {
			case pubdate || strings.EqualFold(strings.TrimSpace(ip), "datePublished"):
				setIfEmpty(&markedTime, dt)
			case withinElement(n, atom.Article) || withinElement(n, atom.Main):
				setIfEmpty(&articleTime, dt)
			case !withinElement(n, atom.Nav) && !withinElement(n, atom.Aside) && !withinElement(n, atom.Footer):
				setIfEmpty(&firstTime, dt)
			}
		}
		return true
	})
	p.timePublished = firstNonEmpty(markedTime, articleTime, firstTime)
	p.url = canonicalURL(canonical, ogURL)
	return p
}

// canonicalURL picks the page's URL: the canonical link, resolved against
// og:url when it is relative, else og:url. Only absolute http(s) URLs count:
// a relative one would make a poor article ID.
func canonicalURL(canonical, ogURL string) string {
	abs := func(s string) *url.URL {
		u, err := url.Parse(strings.TrimSpace(s))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil
		}
		return u
	}
	if u := abs(canonical); u != nil {
		return u.String()
	}
	og := abs(ogURL)
	if og == nil {
		return ""
	}
	if c := strings.TrimSpace(canonical); c != "" {
		if ref, err := url.Parse(c); err == nil {
			return og.ResolveReference(ref).String()
		}
	}
	return og.String()
}

// published returns the page's publication time, normalised as every reader
// normalises dates: the first of JSON-LD's datePublished and
// article:published_time that normaliseDate accepts, else the time
// readability parsed from them (it reads freer forms, such as RFC 1123),
// else the datePublished microdata or the article's <time datetime>. A date
// that no one can read is left out rather than failing the page, whose
// author did not write it for geokg.
func (p pageMeta) published(art readability.Article) string {
	for _, s := range []string{p.jsonLDPublished, p.metaPublished} {
		if d, err := normaliseDate(s); err == nil {
			return d
		}
	}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		if d, ok := formatParsedTime(t); ok {
			return d
		}
	}
	for _, s := range []string{p.itempropPublished, p.timePublished} {
		if d, err := normaliseDate(s); err == nil {
			return d
		}
	}
	return ""
}

// formatParsedTime writes a time readability parsed in one of
// normaliseDate's forms. readability gives a time without a zone as UTC, so
// UTC is taken to mean "no zone given" (the zone-less form) rather than
// inventing one; midnight with no zone is taken to be a bare date.
func formatParsedTime(t time.Time) (string, bool) {
	var s string
	switch {
	case t.Location() != time.UTC:
		s = t.Format(time.RFC3339Nano)
	case t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0:
		s = t.Format(time.DateOnly)
	default:
		s = t.Format("2006-01-02T15:04:05.999999999")
	}
	d, err := normaliseDate(s)
	return d, err == nil
}

// jsonLDPublished returns the datePublished of the JSON-LD in src, looking
// through arrays and @graph lists, preferring an object whose @type is an
// article of some kind; "" when there is none or src is not JSON.
func jsonLDPublished(src string) string {
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>")
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ""
	}
	var anyDate, article string
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 || article != "" {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				visit(e, depth+1)
			}
		case map[string]any:
			if d, ok := v["datePublished"].(string); ok && strings.TrimSpace(d) != "" {
				d = strings.TrimSpace(d)
				if isArticleType(v["@type"]) {
					article = d
					return
				}
				setIfEmpty(&anyDate, d)
			}
			if g, ok := v["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
	return firstNonEmpty(article, anyDate)
}

// isArticleType reports whether a JSON-LD @type (a string or a list of
// them) names an article: Article, NewsArticle, BlogPosting, ….
func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "Posting") || t == "Report"
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// furnitureTags are elements that never hold an article's text.
var furnitureTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true,
	atom.Button: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Iframe: true, atom.Svg: true, atom.Dialog: true,
	atom.Select: true, atom.Input: true, atom.Textarea: true, atom.Label: true,
	atom.Menu: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
}

// furnitureRoles are ARIA roles of page furniture.
var furnitureRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alertdialog": true, "alert": true,
	"menu": true, "menubar": true, "toolbar": true, "tooltip": true,
}

// furnitureClassRE matches class names and ids of page furniture, as whole
// words of a hyphenated or underscored name: "share-buttons", "cookie_bar",
// "read-also", but not "shareholders" or "article-body".
var furnitureClassRE = regexp.MustCompile(`(?i)(?:^|[-_\s])(?:share|sharing|social|related|read-?also|read-?more|more-?stories|recommended|newsletter|subscribe|subscription|signup|sign-up|cookies?|consent|gdpr|comments?|comment-count|byline|author|authors|breadcrumbs?|promo|advert|advertisement|ads?|sponsor|sponsored|popup|modal|overlay|paywall|outbrain|taboola|toolbar|tags|dateline|timestamp|article-meta|post-meta|entry-meta|skip-link|site-header|site-footer|masthead|menu|sidebar|widget)(?:$|[-_\s])`)

// pruneFurniture removes page furniture from the tree before readability
// looks for the article: readability scores blocks by their text, and a
// long comment thread or a newsletter blurb can outscore a short story.
// Nothing that holds the story itself is removed, whatever its class says:
// not <main>, the first <article>, itemprop=articleBody, nor the block with
// the most paragraph text (for pages that mark none of those).
func pruneFurniture(root *html.Node) {
	keep := map[*html.Node]bool{}
	keepUp := func(n *html.Node) {
		for ; n != nil; n = n.Parent {
			keep[n] = true
		}
	}
	var story, densest *html.Node
	most := 0
	walkNodes(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		ip, _ := nodeAttr(n, "itemprop")
		role, _ := nodeAttr(n, "role")
		switch {
		case n.DataAtom == atom.Article && story == nil:
			story = n
			keepUp(n)
		case n.DataAtom == atom.Main, strings.EqualFold(ip, "articleBody"), strings.EqualFold(role, "main"):
			keepUp(n)
		}
		if p := paragraphText(n); p > most {
			densest, most = n, p
		}
		return true
	})
	if densest != nil {
		keepUp(densest)
	}
	var doomed []*html.Node
	walkNodes(root, func(n *html.Node) bool {
		if n.Type == html.CommentNode {
			doomed = append(doomed, n)
			return false
		}
		if n.Type != html.ElementNode || keep[n] {
			return true
		}
		if isFurnitureElement(n, story) {
			doomed = append(doomed, n)
			return false
		}
		return true
	})
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
}

// paragraphText counts the bytes of text in n's child paragraphs.
func paragraphText(n *html.Node) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.P {
			total += len(strings.TrimSpace(nodeText(c)))
		}
	}
	return total
}

// isFurnitureElement reports whether n is page furniture by its tag, role,
// visibility, class or id.
func isFurnitureElement(n *html.Node, story *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Head, atom.Body, atom.Title, atom.Meta, atom.Link:
		return false
	}
	if n.DataAtom == atom.Script {
		// readability reads JSON-LD itself (title, publisher), then drops
		// every script.
		t, _ := nodeAttr(n, "type")
		return !strings.EqualFold(strings.TrimSpace(t), "application/ld+json")
	}
	if furnitureTags[n.DataAtom] {
		return true
	}
	if n.DataAtom == atom.Header && (story == nil || !isAncestor(story, n)) {
		return true // the site's header; the story's own keeps its headline
	}
	if n.DataAtom == atom.Time && withinElement(n, atom.Header) {
		return true // the dateline under the headline; published says it
	}
	if role, _ := nodeAttr(n, "role"); furnitureRoles[strings.ToLower(strings.TrimSpace(role))] {
		return true
	}
	if _, hidden := nodeAttr(n, "hidden"); hidden {
		return true
	}
	if ah, _ := nodeAttr(n, "aria-hidden"); strings.EqualFold(strings.TrimSpace(ah), "true") {
		return true
	}
	if style, _ := nodeAttr(n, "style"); hiddenStyleRE.MatchString(style) {
		return true
	}
	class, _ := nodeAttr(n, "class")
	id, _ := nodeAttr(n, "id")
	if furnitureClassRE.MatchString(class) || furnitureClassRE.MatchString(id) {
		return true
	}
	rel, _ := nodeAttr(n, "rel")
	return hasWord(rel, "author")
}

// hiddenStyleRE matches inline styles that hide an element.
var hiddenStyleRE = regexp.MustCompile(`(?i)display\s*:\s*none|visibility\s*:\s*hidden`)

// linkBlockTags are the blocks dropLinkBlocks weighs.
var linkBlockTags = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dd: true, atom.Dt: true, atom.Div: true,
	atom.Ul: true, atom.Ol: true, atom.Section: true, atom.Figcaption: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// dropLinkBlocks removes blocks of the extracted article that are mostly
// link text: "Read also: <a>another story</a>", lists of related stories,
// tag clouds. A paragraph of the story links a few words at most.
func dropLinkBlocks(root *html.Node) {
	var doomed []*html.Node
	walkNodes(root, func(n *html.Node) bool {
		if n == root || n.Type != html.ElementNode || !linkBlockTags[n.DataAtom] {
			return true
		}
		total, linked := linkText(n, false)
		if total > 0 && linked*2 > total {
			doomed = append(doomed, n)
			return false
		}
		return true
	})
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
}

// linkText counts the letters and digits under n, and how many of them are
// inside links.
func linkText(n *html.Node, inLink bool) (total, linked int) {
	if n.Type == html.TextNode {
		for _, r := range n.Data {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				total++
			}
		}
		if inLink {
			linked = total
		}
		return total, linked
	}
	inLink = inLink || n.DataAtom == atom.A
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t, l := linkText(c, inLink)
		total += t
		linked += l
	}
	return total, linked
}

// furnitureLineREs match whole lines of page furniture that survive as text
// (no class marks them): "Read also: …", "12 comments", "By Anna Petrova",
// "Sign up for our newsletter", cookie notices, share prompts.
var furnitureLineREs = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^(read|see) (also|more|next)\b`),
	regexp.MustCompile(`(?i)^(also read|related( articles| stories| news| coverage| content)?|more on this( story)?|recommended( for you)?|most (read|popular)|trending|top stories)\s*(:|$)`),
	regexp.MustCompile(`(?i)^(share|share (this|on) .{0,30}|tweet|email|print|copy link|follow us\b.*|advertisement|sponsored( content)?|skip to (main )?content|back to top)$`),
	regexp.MustCompile(`(?i)^(\d[\d,.]*k?|no) (comments?|replies|shares|reactions)$`),
	regexp.MustCompile(`(?i)^(comments?|replies)\s*\(?\d*\)?$`),
	regexp.MustCompile(`(?i)^(view|show|read|leave|add|post|join) (all |a |the )?(\d+ )?(comments?|conversation|discussion)\b[^.!?]{0,30}$`),
	regexp.MustCompile(`(?i)\b(sign up|subscribe|register)( now)? (for|to) (our|the|this|a)\b.{0,30}\bnewsletters?\b|\bnewsletters?\b.{0,40}\b(your inbox|straight to you)\b`),
	regexp.MustCompile(`(?i)\b(we|this (site|website)) uses? cookies\b|\b(accept|reject|manage) (all )?cookies\b|\bcookie (policy|settings|preferences)\b`),
	regexp.MustCompile(`^(?i:by) \p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){1,3}(( (?i:and)|,| &) \p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){1,3})*(\s*[,|·•–—-]\s*[^.!?]{0,40})?$`),
	regexp.MustCompile(`(?i)^(published|updated|posted|last updated)( on| at)?:? [^.!?]{0,40}$`),
	regexp.MustCompile(`(?i)^(photo|image|picture|video|credit|illustration)s?:\s*[^.!?]{0,60}$`),
}

// maxFurnitureWords bounds a furniture line: a longer one is the story's.
const maxFurnitureWords = 25

// isFurnitureLine reports whether a line of the extracted text is page
// furniture. byline is readability's byline, dropped where it stands alone.
func isFurnitureLine(line, byline string) bool {
	if byline != "" && strings.EqualFold(line, byline) {
		return true
	}
	if len(strings.Fields(line)) > maxFurnitureWords {
		return false
	}
	for _, re := range furnitureLineREs {
		if re.MatchString(line) {
			return true
		}
	}
	return false
}

// articleText renders the extracted article as plain text: one paragraph or
// heading a line, blank lines between them, spaces collapsed, invisible and
// control characters gone, furniture lines dropped, ending in a newline;
// "" when nothing is left.
func articleText(node *html.Node, byline string) string {
	byline = collapseSpace(byline)
	var b strings.Builder
	for line := range strings.SplitSeq(render.InnerText(node), "\n") {
		line = collapseSpace(line)
		if line == "" || isFurnitureLine(line, byline) {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(line)
	}
	if b.Len() == 0 {
		return ""
	}
	b.WriteByte('\n')
	return b.String()
}

// collapseSpace makes s one line of single spaces: runs of white space
// (no-break spaces and tabs included) become one space, and control and
// invisible format characters (zero-width spaces, soft hyphens, BOMs) go.
func collapseSpace(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r):
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// walkNodes calls visit on n and, while visit returns true, on its descendants,
// in document order.
func walkNodes(n *html.Node, visit func(*html.Node) bool) {
	if !visit(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkNodes(c, visit)
	}
}

// nodeAttr returns the value of n's attribute key and whether it has one.
func nodeAttr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// nodeText concatenates the text under n.
func nodeText(n *html.Node) string {
	var b strings.Builder
	walkNodes(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}

// withinElement reports whether n has an ancestor element a.
func withinElement(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == a {
			return true
		}
	}
	return false
}

// isAncestor reports whether a is n or one of its ancestors.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// hasWord reports whether the space-separated list s holds tok, ignoring case.
func hasWord(s, tok string) bool {
	for f := range strings.FieldsSeq(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// setIfEmpty sets *dst to v unless it is already set.
func setIfEmpty(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

// firstNonEmpty returns the first of ss that is not "".
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
