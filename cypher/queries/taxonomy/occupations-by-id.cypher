// The occupations with the given ids, in the order asked; unknown ids give no row.
UNWIND $ids AS id
MATCH (o:Occupation {id: id})
RETURN o
