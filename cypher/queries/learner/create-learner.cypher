CREATE (l:Learner {
  id: $id, account: $account, displayName: $displayName, preferredLanguage: $preferredLanguage,
  values: $values, ambitions: $ambitions, createdAt: datetime(), version: 1
})
RETURN l
