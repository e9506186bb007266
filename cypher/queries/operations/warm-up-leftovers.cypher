// Portfolios the write-path warm-up created and did not erase, because the process ended between
// the two: their accounts carry the warm-up's prefix, which no user's name starts with.
MATCH (l:Learner)
WHERE l.account STARTS WITH $prefix
RETURN l.id AS learnerId, l.account AS account
