package loader

// A country's or a body's code written before the dollar sign names a
// currency, not a party: "US$19 million", "AU$1.1 billion", "HK$ 5,000",
// "NZ$300". "Australia promised AU$34 billion in tax cuts" makes no
// promise to the African Union, and "agreed to pay back US$19 million"
// none to the United States. The tokens drop the sign, so the body is
// read right after the mention.

// prefixesCurrencySign reports a mention of body written right before the
// sign "$": the code of a currency.
func prefixesCurrencySign(body string, toks []token, m mention) bool {
	end := toks[m.last].end
	return !toks[m.last].poss && end < len(body) && body[end] == '$'
}
