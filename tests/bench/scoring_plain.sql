-- The scoring metrics for every member for one period, as plain SQL over the workspace's tables:
-- the baseline of tests/bench/scoring.sh. :start, :end, :prev_start, :prev_end, :next are replaced.
PRAGMA mmap_size=2147418112;
CREATE TEMP TABLE credit AS
  SELECT d.id, d.amount, d.customer_id, COALESCE(s.member_id, d.owner_id) AS member, COALESCE(s.percent, 100) AS pct
  FROM deals d LEFT JOIN deal_splits s ON s.deal_id = d.id
  WHERE d.stage = 'won' AND d.closed_on BETWEEN ':start' AND ':end';
SELECT member, SUM(amount * pct), SUM(pct) FROM credit GROUP BY member;
SELECT COALESCE(s.member_id, d.owner_id), SUM(d.amount * COALESCE(s.percent, 100))
  FROM deals d LEFT JOIN deal_splits s ON s.deal_id = d.id
  WHERE d.stage = 'won' AND d.closed_on BETWEEN ':prev_start' AND ':prev_end' GROUP BY 1;
SELECT d.owner_id, COUNT(DISTINCT d.customer_id) FROM deals d
  WHERE d.stage = 'won' AND d.closed_on BETWEEN ':start' AND ':end'
  AND NOT EXISTS (SELECT 1 FROM deals e WHERE e.customer_id = d.customer_id AND e.stage = 'won' AND e.id <> d.id
                  AND (e.closed_on < d.closed_on OR (e.closed_on = d.closed_on AND (e.created_on < d.created_on
                  OR (e.created_on = d.created_on AND COALESCE(e.external_id, e.id) < COALESCE(d.external_id, d.id))))))
  GROUP BY d.owner_id;
SELECT member_id, COUNT(*) FROM activities WHERE member_id IN (SELECT id FROM members)
  AND at >= ':start' AND at < ':next' AND kind <> 'note' GROUP BY member_id;
SELECT member_id, AVG(score) FROM ratings WHERE member_id IN (SELECT id FROM members)
  AND rated_on BETWEEN ':start' AND ':end' GROUP BY member_id;
SELECT member, COUNT(*), SUM(EXISTS (SELECT 1 FROM deals e WHERE e.customer_id = p.customer_id AND e.stage = 'won'
       AND e.closed_on < ':start'))
  FROM (SELECT DISTINCT member, customer_id FROM credit) p GROUP BY member;
SELECT p.team_id, COUNT(*), SUM(EXISTS (SELECT 1 FROM deals e WHERE e.customer_id = p.customer_id AND e.stage = 'won'
       AND e.closed_on < ':start'))
  FROM (SELECT DISTINCT m.team_id, c.customer_id FROM credit c JOIN members m ON m.id = c.member
        WHERE m.team_id IS NOT NULL) p GROUP BY 1;
SELECT member_id, period, metric, value FROM targets WHERE period IN (':period', ':m1', ':m2', ':m3');
