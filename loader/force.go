package loader

// Force and its threat: attacks, deployments and the like that the
// general lexicon reads only in their plainest wording.

// thousandsComma reports whether the comma at j inside the word that
// starts at i groups the digits of a number ("2,000", "10,000,000"): the
// word so far is digits and exactly three digits follow the comma.
func thousandsComma(body string, i, j, end int) bool {
	for k := i; k < j; k++ {
		if (body[k] < '0' || body[k] > '9') && body[k] != ',' {
			return false
		}
	}
	if j+4 > end {
		return false
	}
	for k := j + 1; k <= j+3; k++ {
		if body[k] < '0' || body[k] > '9' {
			return false
		}
	}
	return j+4 == end || body[j+4] < '0' || body[j+4] > '9'
}
