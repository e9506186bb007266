MATCH (l:Learner {account: $account})
RETURN l
