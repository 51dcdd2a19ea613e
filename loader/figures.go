package loader

// This file reads figures written with a decimal point: "5.1 million
// dollars", "$2.5 billion", "a 3.5 percent rise". Split at the point, a
// figure becomes a number, a full stop and another number, and the full
// stop ends every frame that must not read across a sentence mark: "gave
// Kenya 5.1 million dollars of aid" lost its goods behind the point. A
// figure is one token, as a thousands comma already makes "2,000" one.
// "Scores of" is a count too, not the scores of a game (victims.go
// sportSense).

// decimalPoint reports whether the period at j inside the word that
// starts at i is a decimal point: the word so far is digits (with
// thousands commas, "1,234.5"), and digits follow the period up to the
// word's end. A period with more dotted digits before or after it
// ("12.05.2004", "1.2.3") is left to part the word: a date or a numbered
// clause, not a figure.
func decimalPoint(body string, i, j, end int) bool {
	if j == i || body[j] != '.' {
		return false
	}
	if i >= 2 && body[i-1] == '.' && body[i-2] >= '0' && body[i-2] <= '9' {
		return false // "12.05.2004": the word is a later part of a dotted date
	}
	for k := i; k < j; k++ {
		if (body[k] < '0' || body[k] > '9') && body[k] != ',' {
			return false
		}
	}
	k := j + 1
	for k < end && body[k] >= '0' && body[k] <= '9' {
		k++
	}
	if k == j+1 {
		return false // "in 2005.": the full stop ends the sentence
	}
	return k == end || body[k] != '.' || k+1 == end || body[k+1] < '0' || body[k+1] > '9'
}

// figure reports whether a token's text opens with a digit: a figure,
// whose trailing period ends the sentence ("rose by 5.1."), unlike an
// abbreviation's ("U.S.").
func figure(text string) bool {
	return text != "" && text[0] >= '0' && text[0] <= '9'
}

// countedScores reports "scores" at k as a count ("scores of refugees",
// "killed scores of people"), not the scores of a game.
func countedScores(toks []token, k int) bool {
	return toks[k].norm == "scores" && k+1 < len(toks) && toks[k+1].norm == "of"
}
