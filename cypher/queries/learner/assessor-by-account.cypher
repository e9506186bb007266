MATCH (a:Assessor {account: $account})
RETURN a
