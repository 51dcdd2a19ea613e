package loader

import "strings"

// This file reads the HTML character references that wiki text keeps
// as written ("Iran &mdash; President Khatami said", "voted 14&ndash;0",
// "Mr.&nbsp;Bush"): the tokenizer reads each as the character it stands
// for, where it would otherwise make a word ("mdash") and a semicolon, a
// clause break, of it.

// charRefs maps the references news text uses to the marks they stand
// for; "" is a space.
var charRefs = map[string]string{
	"mdash": "—", "ndash": "–", "nbsp": "", "ldquo": "“", "rdquo": "”",
	"lsquo": "‘", "rsquo": "’", "quot": "\"", "amp": "", "hellip": "",
}

// charRefLen returns the length of a known character reference at i, or
// 0 if none starts there.
func charRefLen(body string, i, end int) int {
	if i >= end || body[i] != '&' {
		return 0
	}
	semi := strings.IndexByte(body[i+1:min(end, i+8)], ';')
	if semi < 1 {
		return 0
	}
	if _, ok := charRefs[body[i+1:i+1+semi]]; !ok {
		return 0
	}
	return semi + 2
}

// appendCharRef appends the mark of the character reference at i, if it
// stands for one, and returns the index after the reference. The token
// spans the reference, so evidence still points into the text.
func appendCharRef(toks []token, body string, i, end int) ([]token, int) {
	n := charRefLen(body, i, end)
	if mark := charRefs[body[i+1:i+n-1]]; mark != "" {
		toks = append(toks, token{text: mark, start: i, end: i + n, norm: mark, punct: true})
	}
	return toks, i + n
}
