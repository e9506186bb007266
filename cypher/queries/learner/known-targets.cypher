// Which of $ids name an occupation or a qualification.
MATCH (t:Occupation|Qualification)
WHERE t.id IN $ids
RETURN t.id AS id
