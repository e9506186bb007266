// Portfolios the write-path warm-up created and did not erase, because the process ended between
// the two: their accounts carry the warm-up's prefix, which no user's name starts with. Only those
// older than ten minutes: a younger one may belong to another instance's warm-up, still running.
MATCH (l:Learner)
WHERE l.account STARTS WITH $prefix AND l.createdAt < datetime() - duration({minutes: 10})
RETURN l.id AS learnerId, l.account AS account
