package markup

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/privtext/go-privtext/internal/layout"
)

// Element classes. Tags not listed are inline: they neither start a block
// nor change the context.
var (
	// dropped elements are invisible with everything inside them.
	dropped = atomSet(atom.Script, atom.Style, atom.Noscript, atom.Template,
		atom.Svg, atom.Math, atom.Iframe, atom.Object, atom.Embed, atom.Canvas,
		atom.Nav, atom.Button, atom.Select, atom.Textarea, atom.Option,
		atom.Datalist, atom.Noframes, atom.Noembed, atom.Audio,
		atom.Video, atom.Map)
	// footerHolders are the elements an id, class or aria-label can make a
	// page footer (<div id="footer">, <section class="site-footer">); never
	// <body>, <main> or <article>, which hold the policy itself.
	footerHolders = atomSet(atom.Div, atom.Nav, atom.Section, atom.Ul, atom.Ol, atom.Aside, atom.P, atom.Table, atom.Dl, atom.Span)
	// void elements have no end tag.
	void = atomSet(atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed,
		atom.Hr, atom.Img, atom.Input, atom.Keygen, atom.Link, atom.Meta,
		atom.Param, atom.Source, atom.Track, atom.Wbr)
	// blockLevel elements end the open block where they start and end.
	blockLevel = atomSet(atom.Address, atom.Article, atom.Aside,
		atom.Blockquote, atom.Body, atom.Center, atom.Dd, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset,
		atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1,
		atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup,
		atom.Hr, atom.Html, atom.Li, atom.Main, atom.Menu, atom.Ol, atom.P,
		atom.Pre, atom.Section, atom.Summary, atom.Table, atom.Caption,
		atom.Ul, atom.Legend, atom.Listing, atom.Xmp, atom.Plaintext,
		atom.Tr, atom.Td, atom.Th, atom.Thead, atom.Tbody, atom.Tfoot)
	// structural elements inside a table cell make it a layout cell.
	structural = atomSet(atom.P, atom.Ul, atom.Ol, atom.Dl, atom.Menu,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Table,
		atom.Blockquote, atom.Pre, atom.Section, atom.Article, atom.Li,
		atom.Hr, atom.Header, atom.Footer, atom.Main)
	// closesP are the block-level elements whose start closes an open <p>.
	closesP = blockLevel
	// pBoundary stops the search for an open <p> to close.
	pBoundary = atomSet(atom.Div, atom.Li, atom.Td, atom.Th, atom.Table,
		atom.Section, atom.Article, atom.Blockquote, atom.Body, atom.Dd,
		atom.Dt, atom.Main, atom.Aside, atom.Header, atom.Footer, atom.Form,
		atom.Button, atom.Caption)
)

func atomSet(as ...atom.Atom) map[atom.Atom]bool {
	m := make(map[atom.Atom]bool, len(as))
	for _, a := range as {
		m[a] = true
	}
	return m
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

func tagName(a atom.Atom, b []byte) string {
	if a != 0 {
		return a.String()
	}
	return string(b)
}

func (h *htmlReader) startTag(tt html.TokenType, n int) {
	nameB, hasAttr := h.z.TagName()
	a := atom.Lookup(nameB)
	c := h.cur()
	pushes := tt == html.StartTagToken && !void[a]
	if c.skip {
		if pushes {
			h.push(elem{name: tagName(a, nameB), a: a, c: c})
		}
		h.w.drop(n)
		return
	}
	if a == atom.Br {
		h.br(c, n)
		return
	}
	hide := dropped[a]
	var attrs tagAttrs
	if (!hide || a == atom.Nav) && hasAttr {
		attrs = readAttrs(h.z)
		// A navigation block marked as the page footer holds the copyright
		// line on many sites: it is read like <footer>, not dropped.
		hide = attrs.hide || hide && !(attrs.footer && !c.article && a == atom.Nav)
	}
	if hide {
		if pushes {
			c.skip = true
			h.push(elem{name: tagName(a, nameB), a: a, c: c})
		}
		h.w.drop(n)
		return
	}
	h.closeImplied(a)
	c = h.cur()
	nc := c
	if attrs.footer && !c.article && footerHolders[a] {
		// An element the page names a footer (<div id="footer">) is read
		// like <footer> (below).
		nc.boiler = true
	}
	switch a {
	case atom.Title:
		nc.title = true
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		nc.kind, nc.level, nc.headingBR = layout.Heading, headingLevel(a), true
	case atom.Li:
		h.items++
		h.emitted = append(h.emitted, false)
		nc.kind, nc.item, nc.depth, nc.headingBR = layout.ListItem, h.items, max(c.depth, 1), false
		nc.numbered = c.ol > 0
		if nc.numbered {
			st := &h.ols[c.ol-1]
			if attrs.hasValue {
				st.next = attrs.value
			}
			nc.num, nc.numType = st.next, st.typ
			st.next++
		}
	case atom.Ul, atom.Menu, atom.Dir:
		nc.depth, nc.ol = min(c.depth+1, maxListDepth), 0
	case atom.Ol:
		nc.depth = min(c.depth+1, maxListDepth)
		st := olState{next: 1, typ: attrs.typ}
		if attrs.hasStart {
			st.next = attrs.start
		}
		h.ols = append(h.ols, st)
		nc.ol = len(h.ols)
	case atom.Dt:
		nc.kind, nc.level, nc.headingBR = layout.Heading, 0, true
	case atom.Dd:
		nc.kind, nc.headingBR = layout.Paragraph, false
	case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
		nc.pre = true
	case atom.Article, atom.Main, atom.Section:
		nc.article = true
	case atom.Footer:
		// A page footer (one not inside article, main or section) is kept
		// for the document readers only: see layout.Block.Boilerplate.
		nc.boiler = nc.boiler || !c.article
	case atom.Table:
		nc.tables, nc.cell, nc.thead = c.tables+1, false, false
	case atom.Caption:
		nc.cell = false
	case atom.Thead:
		nc.thead = true
	case atom.Tbody, atom.Tfoot:
		nc.thead = false
	case atom.Td, atom.Th:
		nc.cell = true
	case atom.A:
		h.startLink(attrs.href)
	}
	h.tableStart(a, c, attrs)
	if blockLevel[a] && a != atom.Td && a != atom.Th && a != atom.Tr {
		h.boundary(c, n, structural[a])
	} else {
		h.w.drop(n)
	}
	if a == atom.Table {
		if pushes && len(h.stack) < maxStack {
			h.tables = append(h.tables, &tableState{})
		}
		nc.tables = len(h.tables)
	}
	if pushes {
		h.push(elem{name: tagName(a, nameB), a: a, c: nc})
	}
}

// tableStart updates the innermost table for a row or cell start tag.
func (h *htmlReader) tableStart(a atom.Atom, c ctx, attrs tagAttrs) {
	if c.tables == 0 || c.tables != len(h.tables) {
		return
	}
	t := h.tables[len(h.tables)-1]
	switch a {
	case atom.Tr:
		h.startRow(t, c)
	case atom.Thead, atom.Tbody, atom.Tfoot:
		h.finishRow(t)
		t.spans = t.spans[:0] // a browser ends a rowspan with its row group
	case atom.Td, atom.Th:
		if !t.row.active {
			h.startRow(t, c)
		}
		if t.row.layout {
			h.endBlock()
			return
		}
		h.closeCell(t)
		if h.row != nil && h.row != t {
			h.endBlock()
		}
		if h.row == nil && h.w.open {
			h.endBlock() // a caption or stray text before the row
		}
		t.row.cellOpen, t.row.cellHasText = true, false
		h.cover(t, false) // the columns cells of rows above span, before this one
		t.row.cellCol, t.row.cellRowspan = t.row.col, attrs.rowspan
		t.row.col += min(max(attrs.colspan, 1), maxSpannedColumns)
		if a == atom.Td {
			t.row.allTH = false
		}
	}
}

func (h *htmlReader) endTag(n int) {
	nameB, _ := h.z.TagName()
	a := atom.Lookup(nameB)
	name := tagName(a, nameB)
	if h.open[name] == 0 {
		c := h.cur()
		switch {
		case a == atom.Br && !c.skip:
			h.br(c, n) // browsers read </br> as <br>
		case blockLevel[a] && !c.skip:
			h.boundary(c, n, false)
		default:
			h.w.drop(n)
		}
		return
	}
	for len(h.stack) > 0 {
		e := h.pop()
		if e.name == name {
			break
		}
	}
	h.w.drop(n)
}

// closeImplied pops the elements an HTML parser closes implicitly before
// the start tag a: an open li before a new li, a td before a td, a p
// before a block.
func (h *htmlReader) closeImplied(a atom.Atom) {
	switch a {
	case atom.Li:
		h.closeIn(atomSet1(atom.Li), ulBoundary)
	case atom.Dt, atom.Dd:
		h.closeIn(dtdd, dlBoundary)
	case atom.Tr:
		h.closeIn(atomSet1(atom.Tr), tableBoundary)
	case atom.Td, atom.Th:
		h.closeIn(tdth, trBoundary)
	case atom.Thead, atom.Tbody, atom.Tfoot:
		h.closeIn(sections, tableBoundary)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if k := len(h.stack); k > 0 && headingLevel(h.stack[k-1].a) > 0 {
			h.pop()
		}
	}
	if closesP[a] {
		h.closeIn(atomSet1(atom.P), pBoundary)
	}
}

var (
	ulBoundary    = atomSet(atom.Ul, atom.Ol, atom.Menu, atom.Dir, atom.Table)
	dtdd          = atomSet(atom.Dt, atom.Dd)
	dlBoundary    = atomSet(atom.Dl, atom.Table)
	tableBoundary = atomSet(atom.Table)
	tdth          = atomSet(atom.Td, atom.Th)
	trBoundary    = atomSet(atom.Tr, atom.Table)
	sections      = atomSet(atom.Thead, atom.Tbody, atom.Tfoot)
)

func atomSet1(a atom.Atom) map[atom.Atom]bool { return map[atom.Atom]bool{a: true} }

// closeIn pops up to and including the innermost element in names, unless
// an element in stop (or scopeSearch elements) comes first.
func (h *htmlReader) closeIn(names, stop map[atom.Atom]bool) {
	for i, k := len(h.stack)-1, 0; i >= 0 && k < scopeSearch; i, k = i-1, k+1 {
		e := h.stack[i].a
		if names[e] {
			h.popTo(i)
			return
		}
		if stop[e] {
			return
		}
	}
}

func (h *htmlReader) push(e elem) {
	if len(h.stack) >= maxStack {
		return
	}
	h.stack = append(h.stack, e)
	h.open[e.name]++
}

// popTo pops elements until the stack has i entries.
func (h *htmlReader) popTo(i int) {
	for len(h.stack) > i {
		h.pop()
	}
}

// pop removes the innermost element and applies the effects of its end.
func (h *htmlReader) pop() elem {
	e := h.stack[len(h.stack)-1]
	h.stack = h.stack[:len(h.stack)-1]
	h.open[e.name]--
	if e.c.skip {
		return e
	}
	if e.a == atom.A {
		h.endLink()
	}
	parent := h.cur()
	if e.c.tables > 0 && e.c.tables == len(h.tables) {
		t := h.tables[len(h.tables)-1]
		switch e.a {
		case atom.Td, atom.Th:
			h.closeCell(t)
			return e
		case atom.Tr, atom.Thead, atom.Tbody, atom.Tfoot:
			h.finishRow(t)
			return e
		case atom.Table:
			h.finishRow(t)
			h.tables = h.tables[:len(h.tables)-1]
			h.endBlock()
			return e
		}
	}
	if blockLevel[e.a] {
		h.boundary(parent, 0, false)
	}
	return e
}
