package eval

// pairing is one right item a left item may pair with, and how good the
// pair is: a higher score is a better pair.
type pairing struct {
	right, score int
}

// bestMatching pairs left items with right items, each at most once: of
// all the pairings with the largest number of pairs it returns one whose
// scores sum highest. cands[i] lists the right items left item i may pair
// with; right counts the right items. It returns, for each left item, its
// right item or -1.
//
// Taking the first maximum matching found is not enough: when two gold
// events could each take one extracted event, a greedy order can give the
// extracted event to the gold event that states something else, leaving
// its own statement's gold event unmatched and both status and date
// judged against the wrong event. The lists are small (a few dozen events
// an article), so an exact assignment (the Hungarian method, O(n²m)) costs
// nothing.
func bestMatching(cands [][]pairing, right int) []int {
	left := len(cands)
	pair := make([]int, left)
	for i := range pair {
		pair[i] = -1
	}
	if left == 0 || right == 0 {
		return pair
	}
	// Every allowed pair is worth more than all scores together, so the
	// assignment first maximises the number of allowed pairs, then their
	// scores. A disallowed pair is worth 0 and is dropped at the end.
	total := int64(0)
	for _, cs := range cands {
		top := 0
		for _, c := range cs {
			top = max(top, c.score)
		}
		total += int64(top) + 1
	}
	worth := make([][]int64, left)
	for i, cs := range cands {
		worth[i] = make([]int64, right)
		for _, c := range cs {
			if c.right >= 0 && c.right < right {
				worth[i][c.right] = max(worth[i][c.right], total+int64(c.score)+1)
			}
		}
	}
	rows, cols := left, right
	at := func(r, c int) int64 { return worth[r][c] }
	if rows > cols { // the method assigns every row: rows must be the shorter side
		rows, cols = cols, rows
		at = func(r, c int) int64 { return worth[c][r] }
	}
	assigned := assign(rows, cols, at)
	for r, c := range assigned {
		if at(r, c) == 0 {
			continue
		}
		if left <= right {
			pair[r] = c
		} else {
			pair[c] = r
		}
	}
	return pair
}

// assign returns, for each of rows rows, a distinct column among cols >=
// rows so that the worth of the chosen cells sums highest (the Hungarian
// method with potentials, minimising the negated worth).
func assign(rows, cols int, worth func(r, c int) int64) []int {
	const inf = int64(1) << 62
	// 1-based arrays; column 0 is the sentinel the method starts from.
	u := make([]int64, rows+1)
	v := make([]int64, cols+1)
	owner := make([]int, cols+1) // owner[c]: the row holding column c, 0 for none
	way := make([]int, cols+1)
	minv := make([]int64, cols+1)
	used := make([]bool, cols+1)
	for r := 1; r <= rows; r++ {
		owner[0] = r
		c0 := 0
		for c := range minv {
			minv[c], used[c] = inf, false
		}
		for {
			used[c0] = true
			r0, delta, c1 := owner[c0], inf, 0
			for c := 1; c <= cols; c++ {
				if used[c] {
					continue
				}
				cur := -worth(r0-1, c-1) - u[r0] - v[c]
				if cur < minv[c] {
					minv[c], way[c] = cur, c0
				}
				if minv[c] < delta {
					delta, c1 = minv[c], c
				}
			}
			for c := 0; c <= cols; c++ {
				if used[c] {
					u[owner[c]] += delta
					v[c] -= delta
				} else {
					minv[c] -= delta
				}
			}
			c0 = c1
			if owner[c0] == 0 {
				break
			}
		}
		for c0 != 0 {
			c1 := way[c0]
			owner[c0] = owner[c1]
			c0 = c1
		}
	}
	out := make([]int, rows)
	for c := 1; c <= cols; c++ {
		if owner[c] > 0 {
			out[owner[c]-1] = c - 1
		}
	}
	return out
}
