// Every learning outcome with its properties (labels, type, reuse level, breadth).
MATCH (lo:LearningOutcome)
RETURN lo
