-- Issue 18: the API's rate limit shared by every node (api.DatabaseRateLimiter), so that a token's calls spread over
-- several nodes count once. One row per token and fixed window (the window's number counted from the epoch); a call
-- raises its row's count by one UPDATE, the first call of a window inserts it and forgets the token's older windows.
create table api_rate_window (
    rate_key      varchar(100) not null,
    window_number bigint       not null,
    calls         integer      not null,
    constraint pk_api_rate_window primary key (rate_key, window_number)
);
